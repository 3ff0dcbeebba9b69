package cn.eport.onboarding.review.dashboard;

import cn.eport.onboarding.workflow.ApplicationKind;

/** The waiting applications of one kind. */
public record KindBacklog(ApplicationKind kind, WaitingCounts counts) {
}
