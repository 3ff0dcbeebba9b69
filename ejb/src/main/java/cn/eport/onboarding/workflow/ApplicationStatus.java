package cn.eport.onboarding.workflow;

/** The statuses every application kind goes through (SPEC "Statuses"). */
public enum ApplicationStatus {
    /** 暂存 */
    DRAFT,
    /** 申报 */
    DECLARED,
    /** 审核中 */
    UNDER_REVIEW,
    /** 审核通过 */
    APPROVED,
    /** 退回 */
    RETURNED
}
