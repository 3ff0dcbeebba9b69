package cn.eport.onboarding.web.api.mapping;

import cn.eport.onboarding.attachment.AttachmentRefusedException;
import cn.eport.onboarding.web.api.ApiLanguage;
import cn.eport.onboarding.web.api.Problem;
import jakarta.ws.rs.ext.Provider;

/**
 * An attachment refused with the page's message: 404 for a file or application that is not the
 * caller's, 422 otherwise (too large, empty, not PDF/JPEG/PNG, too many, not modifiable, no document
 * type); the code is {@code attachment-} and the reason ({@code attachment-too-large}).
 */
@Provider
public class AttachmentRefusedMapper extends LocalizedProblemMapper<AttachmentRefusedException> {

    @Override
    protected Problem problem(AttachmentRefusedException exception, ApiLanguage language) {
        AttachmentRefusedException.Reason reason = exception.reason();
        int status = reason == AttachmentRefusedException.Reason.NOT_FOUND ? 404 : Problem.UNPROCESSABLE_CONTENT;
        return of(language, status, "attachment-" + code(reason), reason.bundleKey());
    }
}
