package cn.eport.onboarding.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;

/**
 * {@link SecurityHeaders} on every response (ADR 0014). Not only on requests: the login page that
 * the authentication mechanism shows in place of a protected page is a FORWARD, and the 403, 404 and
 * 500 pages are ERROR dispatches; both happen outside the request's own filter chain. (Responses
 * that pass no filter at all get Payara's {@code X-Frame-Options: SAMEORIGIN}: the HTTP listener
 * adds it to any response that has none, which is what the 403 pages and the forwarded login page
 * showed before this filter saw those dispatches.)
 * <p>
 * PrimeFaces' CSP mode sends the policy again, with the page's nonce, when it renders a page; the
 * response passed on lets that header replace this one instead of adding a second policy (the
 * browser would enforce both, and this one has no nonce).
 */
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    public void init() {
        ContentSecurityPolicy.of(getServletContext()); // a missing or wrong policy fails the deployment
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        SecurityHeaders.applyTo(request, response);
        chain.doFilter(request, new OnePolicy(response));
    }

    /** A response on which a Content-Security-Policy replaces the one set before. */
    static final class OnePolicy extends HttpServletResponseWrapper {

        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (ContentSecurityPolicy.HEADER.equalsIgnoreCase(name)) {
                setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
