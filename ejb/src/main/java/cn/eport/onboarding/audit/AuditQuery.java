package cn.eport.onboarding.audit;

import java.time.Instant;

/**
 * Search conditions of the audit trail; null means "any".
 *
 * @param subjectType the kind of record the entry is about (an application kind's name, ATTACHMENT,
 *                    ACCOUNT, URL), so that a record and a file with the same id are told apart
 * @param subject     the record's id, or the USCC of the enterprise it belongs to
 */
public record AuditQuery(String actor, AuditAction action, String subjectType, String subject, Instant from, Instant to) {

    /** Every entry. */
    public static final AuditQuery ALL = new AuditQuery(null, null, null, null, null, null);
}
