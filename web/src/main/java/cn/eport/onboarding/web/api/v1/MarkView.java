package cn.eport.onboarding.web.api.v1;

import cn.eport.onboarding.web.api.ApiLanguage;
import cn.eport.onboarding.review.marks.OpenMark;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** An open mark of the reviewer on a returned application: on a field (its name and label) or on an attachment. */
@Schema(name = "Mark", description = "审核人员标注 / a reviewer's mark on a field or an attachment")
public record MarkView(
        @Schema(description = "字段名 / the field, as in details", example = "contactPhone") String field,
        @Schema(description = "字段标签 / the field's label, in the caller's language", example = "联系电话") String label,
        @Schema(example = "501") Long attachmentId,
        @Schema(example = "BUSINESS_LICENSE") String documentType,
        @Schema(example = "license.pdf") String fileName,
        @Schema(description = "审核意见 / the reviewer's note", example = "号码无法接通") String note,
        Instant createdAt) {

    static MarkView of(OpenMark mark, ApiLanguage language) {
        return new MarkView(mark.field(), mark.labelKey() == null ? null : language.text(mark.labelKey()),
                mark.attachmentId(), mark.documentType(), mark.fileName(), mark.note(), mark.createdAt());
    }
}
