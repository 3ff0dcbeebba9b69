package cn.eport.onboarding.web.security;

import cn.eport.onboarding.web.api.Problems;
import cn.eport.onboarding.web.error.ErrorKind;
import cn.eport.onboarding.web.error.ErrorPages;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;
import java.util.List;

/**
 * Refuses state-changing requests (POST, PUT, PATCH, DELETE, ...) that another site's page made the
 * browser send, the login form's included (login CSRF): 403 with the error page, or a problem for
 * the API. What counts as our own origin: {@link OriginPolicy}; more origins (a TLS-terminating proxy's
 * public address, say) come from {@value #ALLOWED_ORIGINS}. First filter of every request (web.xml).
 * The token API is not checked: it ignores cookies and takes only a bearer token, which a browser never
 * adds by itself, so another site cannot make a request there in a user's name (ADR 0030).
 */
public class CrossSiteRequestFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** MicroProfile Config key: further accepted origins, comma-separated ({@code https://eport.example.cn}). */
    public static final String ALLOWED_ORIGINS = "eport.security.allowed-origins";

    /** The configured origins, read once. */
    private List<String> configured;

    @Override
    public void init() {
        configured = ConfigProvider.getConfig().getOptionalValues(ALLOWED_ORIGINS, String.class).orElse(List.of());
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (OriginPolicy.isStateChanging(request.getMethod()) && !SessionAuthenticationMechanism.isTokenApi(request) && !policy(request)
                .allows(request.getHeader("Origin"), request.getHeader("Referer"), request.getHeader("Sec-Fetch-Site"))) {
            refuse(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    private OriginPolicy policy(HttpServletRequest request) {
        String host = request.getServerName();
        boolean ipv6 = host.contains(":") && !host.startsWith("[");
        String own = request.getScheme() + "://" + (ipv6 ? "[" + host + "]" : host) + ":" + request.getServerPort();
        return OriginPolicy.of(own, configured);
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (SessionAuthenticationMechanism.isApi(request)) {
            Problems.write(response, HttpServletResponse.SC_FORBIDDEN, "Cross-site request refused");
        } else {
            ErrorPages.send(request, response, HttpServletResponse.SC_FORBIDDEN, ErrorKind.REFUSED);
        }
    }
}
