package cn.eport.onboarding.web.api.v1;

import cn.eport.onboarding.status.ApplicationSummary;
import cn.eport.onboarding.workflow.ApplicationKind;
import cn.eport.onboarding.workflow.ApplicationStatus;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/**
 * One application in the status query.
 *
 * @param version      the version to send back when changing or deleting it (a newer one is a 409)
 * @param number       its 编号 (kind, year, id)
 * @param returnReason the reviewer's reason when it was returned, else absent
 */
@Schema(name = "ApplicationItem")
@JsonbPropertyOrder({"kind", "id", "version", "number", "status", "createdAt", "updatedAt", "declaredAt", "returnReason"})
public record ApplicationItem(ApplicationKind kind, @Schema(example = "1001") long id, @Schema(example = "3") long version,
                              @Schema(example = "SZ2026001001") String number, ApplicationStatus status,
                              Instant createdAt, Instant updatedAt, Instant declaredAt, String returnReason) {

    static ApplicationItem of(ApplicationSummary summary) {
        return new ApplicationItem(summary.kind(), summary.id(), summary.version(), summary.number(), summary.status(),
                summary.createdAt(), summary.updatedAt(), summary.declaredAt(), summary.returnReason());
    }
}
