package cn.eport.onboarding.attachment;

import jakarta.ejb.ApplicationException;

/**
 * An attachment request the service refuses (F-14), with the reason the page shows from its
 * bundle key. {@link Reason#NOT_FOUND} is the one answer for a record that does not exist and for
 * one of another enterprise, so ids cannot be probed.
 */
@ApplicationException(rollback = true)
public class AttachmentRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** The manual: "系统目前只支持4M以下的文件". */
        TOO_LARGE("attachment.refused.tooLarge"),
        EMPTY("attachment.refused.empty"),
        NOT_PDF_JPEG_OR_PNG("attachment.refused.notPdfJpegOrPng"),
        TOO_MANY_FILES("attachment.refused.tooManyFiles"),
        NOT_MODIFIABLE("attachment.refused.notModifiable"),
        UNKNOWN_DOCUMENT_TYPE("attachment.refused.unknownDocumentType"),
        NOT_FOUND("attachment.refused.notFound");

        private final String bundleKey;

        Reason(String bundleKey) {
            this.bundleKey = bundleKey;
        }

        /** The key of the message in the web bundles. */
        public String bundleKey() {
            return bundleKey;
        }

        static Reason of(AttachmentRules.Refusal refusal) {
            return switch (refusal) {
                case EMPTY -> EMPTY;
                case TOO_LARGE -> TOO_LARGE;
                case NOT_PDF_JPEG_OR_PNG -> NOT_PDF_JPEG_OR_PNG;
                case TOO_MANY_FILES -> TOO_MANY_FILES;
            };
        }
    }

    private final Reason reason;

    public AttachmentRefusedException(Reason reason) {
        super("Attachment refused: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
