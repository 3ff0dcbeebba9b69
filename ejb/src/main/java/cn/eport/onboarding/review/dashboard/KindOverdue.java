package cn.eport.onboarding.review.dashboard;

import cn.eport.onboarding.workflow.ApplicationKind;

/** The applications of one kind waiting longer than its service level (days). */
public record KindOverdue(ApplicationKind kind, int serviceLevelDays, long overdue) {
}
