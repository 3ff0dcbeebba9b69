package cn.eport.onboarding.web.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The API's refusals by HTTP status (unknown path 404, wrong method 405, unacceptable 406, wrong
 * content type 415, ...) as problem details, with the original's headers (Allow, say), instead of
 * the servlet container's HTML error page.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        if (original.hasEntity()) {
            return original;
        }
        return Response.fromResponse(original)
                .entity(Problem.of(original.getStatus(), null))
                .type(Problem.MEDIA_TYPE)
                .build();
    }
}
