package cn.eport.onboarding.web.help;

import cn.eport.onboarding.web.security.ContentSecurityPolicy;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;

/**
 * The one relaxation of the policy (ADR 0031), on the API documentation page only: Swagger UI's
 * stylesheet draws its icons as {@code data:} images, so that page allows images from {@code data:}
 * besides its own origin. Scripts stay as strict as everywhere (files and the page's nonce).
 */
public class ApiDocsPolicyFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String IMAGES = "img-src 'self' data:; ";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, new Relaxed(response));
    }

    /** The policy with data: images, inserted before script-src, which must stay last (ADR 0014). */
    static String relaxed(String policy) {
        int scripts = policy.lastIndexOf("script-src");
        return scripts < 0 || policy.contains("img-src") ? policy
                : policy.substring(0, scripts) + IMAGES + policy.substring(scripts);
    }

    private static final class Relaxed extends HttpServletResponseWrapper {

        Relaxed(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, ContentSecurityPolicy.HEADER.equalsIgnoreCase(name) ? relaxed(value) : value);
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, ContentSecurityPolicy.HEADER.equalsIgnoreCase(name) ? relaxed(value) : value);
        }
    }
}
