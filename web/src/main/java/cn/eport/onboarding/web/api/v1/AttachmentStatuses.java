package cn.eport.onboarding.web.api.v1;

import cn.eport.onboarding.attachment.AttachmentRefusedException.Reason;

/** The HTTP status of an attachment refusal. */
final class AttachmentStatuses {

    private AttachmentStatuses() {
    }

    static int of(Reason reason) {
        return switch (reason) {
            case TOO_LARGE -> 413;
            case NOT_PDF_JPEG_OR_PNG -> 415;
            case NOT_FOUND -> 404;
            case NOT_MODIFIABLE, TOO_MANY_FILES -> 409;
            case EMPTY, UNKNOWN_DOCUMENT_TYPE -> 422;
        };
    }
}
