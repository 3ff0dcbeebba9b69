package cn.eport.onboarding.account;

/** The four kinds of user (SPEC "Users"). Names are the security role names used everywhere. */
public enum Role {
    ENTERPRISE,
    REVIEWER,
    BATCH_OPERATOR,
    ADMIN
}
