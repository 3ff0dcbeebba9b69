package cn.eport.onboarding.workflow;

import java.time.Instant;

/**
 * CDI event: an application was approved, by a reviewer or automatically, in the transaction that
 * approved it. A kind whose approval assigns something (a filing's number) observes it.
 */
public record ApplicationApproved(Application application, Actor actor, Instant at) {
}
