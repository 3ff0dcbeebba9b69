package cn.eport.onboarding.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The headers every response of the application carries (ADR 0014): pages, the login page shown in
 * place of a protected one, error pages, resources, downloads and the API alike. {@link
 * SecurityHeadersFilter} applies them on every dispatch; code that answers a request before the
 * filter chain runs (an authentication mechanism, say) calls {@link #applyTo} itself.
 */
public final class SecurityHeaders {

    /** One year, over HTTPS only; every host name of the service is to be reached over HTTPS (ADR 0014). */
    static final String HSTS = "max-age=31536000; includeSubDomains";

    private static final String RESOURCE_PREFIX = "/jakarta.faces.resource/";

    private SecurityHeaders() {
    }

    /**
     * Sets the headers on the response. Pages are never stored by the browser, so after logout the back
     * button asks the server again and lands on the login page; static resources stay cacheable.
     */
    public static void applyTo(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader(ContentSecurityPolicy.HEADER, ContentSecurityPolicy.of(request.getServletContext()));
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        if (!isStaticResource(request)) {
            response.setHeader("Cache-Control", "no-store, no-cache, must-revalidate, max-age=0");
            response.setHeader("Pragma", "no-cache");
            response.setDateHeader("Expires", 0);
        }
    }

    private static boolean isStaticResource(HttpServletRequest request) {
        return request.getServletPath().startsWith(RESOURCE_PREFIX);
    }
}
