package cn.eport.onboarding.web.api.v1;

import cn.eport.onboarding.workflow.ApplicationKind;
import cn.eport.onboarding.workflow.ApplicationStatus;
import cn.eport.onboarding.workflow.WorkflowAction;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * One application as the API shows it: what its view page shows (fields, status, 编号, 办理记录, the
 * reviewer's reason and marks of a returned one, attachments) and the actions its owner may take now.
 * {@code version} is also its {@code ETag}.
 */
@Schema(name = "Application", description = "一件申请 / one application, as its view page shows it")
@JsonbPropertyOrder({"id", "number", "kind", "status", "version", "createdAt", "updatedAt", "declaredAt",
        "filingNumber", "approvedAt", "details", "returnReason", "marks", "allowedActions", "attachments", "history"})
public record ApplicationView(
        @Schema(example = "1001") Long id,
        @Schema(description = "编号 / the number users see", example = "QY2026000001001") String number,
        @Schema(example = "ENTERPRISE_REGISTRATION") ApplicationKind kind,
        @Schema(example = "DRAFT") ApplicationStatus status,
        @Schema(description = "乐观锁版本，同 ETag / the version, also the ETag", example = "1") long version,
        @Schema(example = "2026-12-06T06:00:00Z") Instant createdAt,
        @Schema(example = "2026-12-06T06:05:00Z") Instant updatedAt,
        @Schema(description = "最近一次申报 / last declared", example = "2026-12-06T06:10:00Z") Instant declaredAt,
        @Schema(description = "备案编号（备案通过后）/ a filing's number once approved", example = "2200123456") String filingNumber,
        @Schema(description = "备案通过时间 / when a filing was approved") Instant approvedAt,
        @Schema(description = "该类申请的字段 / the kind's fields, as create and update take them") Object details,
        @Schema(description = "退回原因 / the reviewer's reason of a returned application", example = "请补充营业执照")
        String returnReason,
        @Schema(description = "退回时标注的字段与附件 / the reviewer's open marks") List<MarkView> marks,
        @Schema(description = "现在可以做的操作 / what the owner may do now", example = "[\"MODIFY\", \"DECLARE\", \"DELETE\"]")
        Set<WorkflowAction> allowedActions,
        List<AttachmentView> attachments,
        @Schema(description = "办理记录 / the application's history") List<HistoryView> history) {
}
