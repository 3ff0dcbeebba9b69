package cn.eport.onboarding.audit;

/** The kinds of event the audit trail records. */
public enum AuditAction {
    LOGIN_SUCCEEDED,
    LOGIN_REFUSED,
    ACCOUNT_LOCKED,
    ACCOUNT_OPENED,
    ACCOUNT_UNLOCKED,
    PASSWORD_SET,
    CREATED,
    CHANGED,
    DELETED,
    TRANSITION,
    UPLOADED,
    DOWNLOADED,
    /** A logged-in user was refused a record, a file or a page (404, 403): {@link AccessRefusals}. */
    ACCESS_REFUSED,
    /** The sealed PDF of a 申报 was stored: {@link AuditDetails#sealed} (round and the PDF's SHA-256). */
    SEALED,
    /** A sealed PDF was downloaded: {@link AuditDetails#sealed}. */
    SEALED_DOWNLOADED
}
