package cn.eport.onboarding.enterprise;

import cn.eport.onboarding.workflow.WorkflowAction;

import java.time.Instant;

/**
 * CDI event: the owner's 暂存 or 申报 of an application was stored and recorded, in its transaction.
 * Features above the kinds observe it (a reviewer's marks on fields the enterprise has now changed are cleared).
 */
public record ApplicationSubmitted(EnterpriseApplication application, WorkflowAction action, String actor, Instant at) {
}
