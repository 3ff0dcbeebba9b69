package cn.eport.onboarding.web.api.mapping;

import cn.eport.onboarding.attachment.AttachmentRefusedException;
import cn.eport.onboarding.web.api.ApiLanguage;
import cn.eport.onboarding.web.api.Problem;
import jakarta.ws.rs.ext.Provider;

/**
 * An attachment refused with the page's message, its status by the reason: 404 for a file or
 * application that is not the caller's, 413 too large, 415 not PDF/JPEG/PNG by its content, 409 too
 * many or no longer modifiable, 422 empty or no such document type; the code is {@code attachment-}
 * and the reason ({@code attachment-too-large}).
 */
@Provider
public class AttachmentRefusedMapper extends LocalizedProblemMapper<AttachmentRefusedException> {

    @Override
    protected Problem problem(AttachmentRefusedException exception, ApiLanguage language) {
        AttachmentRefusedException.Reason reason = exception.reason();
        return of(language, status(reason), "attachment-" + code(reason), reason.bundleKey());
    }

    static int status(AttachmentRefusedException.Reason reason) {
        return switch (reason) {
            case NOT_FOUND -> 404;
            case TOO_LARGE -> 413;
            case NOT_PDF_JPEG_OR_PNG -> 415;
            case NOT_MODIFIABLE, TOO_MANY_FILES -> 409;
            case EMPTY, UNKNOWN_DOCUMENT_TYPE -> Problem.UNPROCESSABLE_CONTENT;
        };
    }
}
