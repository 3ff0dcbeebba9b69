package cn.eport.onboarding.status;

import cn.eport.onboarding.workflow.ApplicationKind;
import cn.eport.onboarding.workflow.ApplicationNumber;
import cn.eport.onboarding.workflow.ApplicationStatus;

import java.time.Instant;

/**
 * One of the enterprise's applications as the status query lists it, whatever its kind: each
 * kind's {@link StatusSource} maps its records to this view. {@code returnReason} is the reviewer's
 * reason of a returned application, else null. (Record components are not EL properties: pages call
 * {@code row.kind()}.)
 */
public record ApplicationSummary(ApplicationKind kind, Long id, long version, ApplicationStatus status,
                                 Instant createdAt, Instant updatedAt, Instant declaredAt, String returnReason) {

    public ApplicationSummary withReturnReason(String reason) {
        return new ApplicationSummary(kind, id, version, status, createdAt, updatedAt, declaredAt, reason);
    }

    /** The 编号 users see: kind, year of creation and id ({@link ApplicationNumber}). */
    public String number() {
        return ApplicationNumber.of(kind, createdAt, id);
    }

    /** The row's key in a table of every kind. */
    public String key() {
        return kind + "-" + id;
    }
}
