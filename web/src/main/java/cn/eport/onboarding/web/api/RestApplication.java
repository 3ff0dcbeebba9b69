package cn.eport.onboarding.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import java.util.Map;

/**
 * The REST API under {@code /eport/api}: JSON, for the pages' own scripts, agents' and
 * enterprises' systems. Like every URL of the application it needs a logged-in user (web.xml);
 * without one the answer is 401. Every refusal is a {@link Problem} (RFC 9457), never an HTML page.
 */
@ApplicationPath("/api")
public class RestApplication extends Application {

    /**
     * Error statuses are set on the response rather than sent with sendError, so that the servlet
     * container's error pages (HTML) never replace the API's own answer.
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.response.setStatusOverSendError", true,
                // multipart/form-data uploads (EntityPart): the server's own multipart module, by name
                "jersey.config.server.provider.classnames", "org.glassfish.jersey.media.multipart.MultiPartFeature");
    }
}
