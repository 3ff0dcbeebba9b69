package cn.eport.onboarding.web.api.v1;

import cn.eport.onboarding.status.ApplicationSummary;
import cn.eport.onboarding.workflow.ApplicationStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** One row of a kind's list, as 业务办理状态查询 shows it. */
@Schema(name = "ApplicationRow", description = "列表中的一行 / one application in a list")
public record ApplicationRow(
        @Schema(example = "1001") Long id,
        @Schema(example = "QY2026000001001") String number,
        @Schema(example = "RETURNED") ApplicationStatus status,
        @Schema(example = "3") long version,
        Instant createdAt,
        Instant updatedAt,
        Instant declaredAt,
        @Schema(description = "退回原因 / the reason of a returned one") String returnReason) {

    static ApplicationRow of(ApplicationSummary summary) {
        return new ApplicationRow(summary.id(), summary.number(), summary.status(), summary.version(),
                summary.createdAt(), summary.updatedAt(), summary.declaredAt(), summary.returnReason());
    }
}
