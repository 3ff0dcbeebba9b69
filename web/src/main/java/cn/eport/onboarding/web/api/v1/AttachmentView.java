package cn.eport.onboarding.web.api.v1;

import cn.eport.onboarding.attachment.Attachment;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** An attachment's metadata; its content is at {@code href}. */
@Schema(name = "Attachment", description = "附件 / an attachment's metadata")
public record AttachmentView(
        @Schema(example = "501") Long id,
        @Schema(description = "附件类别 / the document type the panel asks for", example = "BUSINESS_LICENSE") String documentType,
        @Schema(example = "license.pdf") String fileName,
        @Schema(example = "application/pdf") String mediaType,
        @Schema(example = "48213") long size,
        @Schema(example = "2026-12-06T06:03:00Z") Instant uploadedAt,
        @Schema(description = "下载地址 / where to download it", example = "/eport/api/v1/attachments/501") String href) {

    static AttachmentView of(Attachment attachment, String apiBase) {
        return new AttachmentView(attachment.getId(), attachment.getDocumentType(), attachment.getDisplayName(),
                attachment.getMediaType(), attachment.getSize(), attachment.getUploadedAt(),
                apiBase + "v1/attachments/" + attachment.getId());
    }
}
