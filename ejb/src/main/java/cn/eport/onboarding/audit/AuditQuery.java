package cn.eport.onboarding.audit;

import java.time.Instant;

/** Search conditions of the audit trail; null means "any". */
public record AuditQuery(String actor, AuditAction action, String subject, Instant from, Instant to) {
}
