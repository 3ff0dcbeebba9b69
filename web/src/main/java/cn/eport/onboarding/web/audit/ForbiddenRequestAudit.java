package cn.eport.onboarding.web.audit;

import cn.eport.onboarding.audit.AccessRefusals;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Audits the requests of logged-in users that are answered 403, such as an enterprise user
 * opening the review console: the role constraints of web.xml refuse them before any code of the
 * application runs, so this filter meets them on their way to the 403 page (the container's error
 * dispatch) and records who asked for which URL ({@link AccessRefusals}, once per user, URL and
 * minute). A failure to record never keeps the 403 page from being shown.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.ERROR)
public class ForbiddenRequestAudit extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ForbiddenRequestAudit.class.getName());
    /** The original request's query string during an error dispatch (Servlet 6.1 names it; Payara sets it where it can). */
    private static final String ERROR_QUERY_STRING = "jakarta.servlet.error.query_string";

    @Inject
    private transient AccessRefusals refusals;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (Integer.valueOf(HttpServletResponse.SC_FORBIDDEN).equals(status) && request.getUserPrincipal() != null) {
            try {
                refusals.forbidden(request.getMethod(), requestedUrl(request));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A refused request of " + request.getUserPrincipal().getName() + " could not be audited", e);
            }
        }
        chain.doFilter(request, response);
    }

    /** The URL the user asked for (path and query), not the error page's. */
    static String requestedUrl(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Object query = request.getAttribute(ERROR_QUERY_STRING) instanceof String q ? q : request.getQueryString();
        String path = uri instanceof String s ? s : request.getRequestURI();
        return query instanceof String q && !q.isEmpty() ? path + "?" + q : path;
    }
}
