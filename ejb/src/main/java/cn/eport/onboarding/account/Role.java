package cn.eport.onboarding.account;

/**
 * The kinds of user (SPEC "Users", and the data centre's supervisor of ADR 0029). Names are the
 * security role names used everywhere.
 */
public enum Role {
    ENTERPRISE,
    REVIEWER,
    /** 数据中心主管: the review dashboard and the queue, read-only; never claims or decides (ADR 0029). */
    SUPERVISOR,
    BATCH_OPERATOR,
    ADMIN
}
