package cn.eport.onboarding.web.frame;

import cn.eport.onboarding.web.security.ContinueTarget;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The session-timeout warning of the frame: its 【重新登录】 opens the login page that continues to the
 * page the user was on (with its query: the application being edited), where input kept before the
 * timeout is offered back (docs/adr/0028-form-autosave.md).
 */
@Named
@RequestScoped
public class SessionWarningBacking {

    @Inject
    private FacesContext facesContext;

    public String getLoginAddress() {
        HttpServletRequest request = (HttpServletRequest) facesContext.getExternalContext().getRequest();
        Object forwardedUri = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        String uri = forwardedUri != null ? forwardedUri.toString() : request.getRequestURI();
        Object forwardedQuery = request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
        String query = forwardedUri != null ? (String) forwardedQuery : request.getQueryString();
        return ContinueTarget.loginAddress(request.getContextPath(), uri + (query == null || query.isEmpty() ? "" : "?" + query));
    }
}
