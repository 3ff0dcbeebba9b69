package cn.eport.onboarding.web.api.v1;

import cn.eport.onboarding.workflow.ApplicationStatus;
import cn.eport.onboarding.workflow.HistoryEntry;
import cn.eport.onboarding.workflow.WorkflowAction;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** One line of an application's 办理记录. */
@Schema(name = "HistoryEntry", description = "办理记录的一行 / one status change")
public record HistoryView(
        @Schema(example = "2026-12-06T06:10:00Z") Instant occurredAt,
        @Schema(description = "办理人 / who did it (an account's display name, or the system)", example = "张三") String actorName,
        @Schema(example = "DECLARE") WorkflowAction action,
        @Schema(example = "DRAFT") ApplicationStatus from,
        @Schema(example = "DECLARED") ApplicationStatus to,
        @Schema(description = "退回原因 / a return's reason") String reason) {

    static HistoryView of(HistoryEntry entry) {
        return new HistoryView(entry.occurredAt(), entry.actorName(), entry.action(), entry.from(), entry.to(), entry.reason());
    }
}
