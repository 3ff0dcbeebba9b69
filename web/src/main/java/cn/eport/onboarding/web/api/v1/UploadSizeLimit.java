package cn.eport.onboarding.web.api.v1;

import cn.eport.onboarding.attachment.AttachmentRefusedException;
import cn.eport.onboarding.web.api.ApiLanguage;
import cn.eport.onboarding.web.api.ApiProblems;
import cn.eport.onboarding.web.attachment.UploadSizeFilter;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

/**
 * An API upload larger than the pages' upload takes ({@link UploadSizeFilter#REQUEST_LIMIT}) is refused
 * with 413 and the page's message before its body is read; the pages' filter guards the Faces servlet
 * only. Smaller files above the attachment rules' limit reach the service, which refuses them the same way.
 */
@Provider
public class UploadSizeLimit implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getMediaType() != null && request.getMediaType().isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE)
                && request.getLength() > UploadSizeFilter.REQUEST_LIMIT) {
            ApiLanguage language = ApiLanguage.of(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
            request.abortWith(ApiProblems.of(language, 413, "attachment-too-large", AttachmentRefusedException.Reason.TOO_LARGE.bundleKey())
                    .response());
        }
    }
}
