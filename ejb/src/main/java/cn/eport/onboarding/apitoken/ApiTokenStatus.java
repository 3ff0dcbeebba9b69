package cn.eport.onboarding.apitoken;

/** Whether a token is accepted: only an ACTIVE one authenticates. */
public enum ApiTokenStatus {
    ACTIVE,
    EXPIRED,
    REVOKED
}
