package cn.eport.onboarding.web;

import cn.eport.onboarding.web.i18n.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import cn.eport.onboarding.web.security.ContinueTarget;
import jakarta.servlet.RequestDispatcher;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

/**
 * /login (F-1): username and password of a card-less user (无卡用户). When a protected page was asked
 * for, the login page is shown in its place (a forward) and, after login, that page opens.
 */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private FacesContext facesContext;

    @Inject
    private Messages messages;

    private String username;
    private String password;
    private String continueTo;

    public void login() throws IOException {
        ExternalContext external = facesContext.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        if (request.getSession(false) != null) {
            // A session id known before login (possibly planted) never becomes an authenticated one.
            request.changeSessionId();
        }
        AuthenticationStatus status = securityContext.authenticate(request, response, withParams()
                .credential(new UsernamePasswordCredential(username, new Password(password)))
                .newAuthentication(true));
        password = null;
        switch (status) {
            case SEND_CONTINUE -> facesContext.responseComplete();
            case SUCCESS -> external.redirect(ContinueTarget.of(external.getRequestContextPath(), continueTo)
                    .orElse(external.getRequestContextPath() + "/"));
            default -> facesContext.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    messages.get("login.failed"), null));
        }
    }

    /** The page asked for before login: the forwarded request's URI on first display, then the posted value. */
    public String getContinueTo() {
        if (continueTo == null) {
            HttpServletRequest request = (HttpServletRequest) facesContext.getExternalContext().getRequest();
            Object uri = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
            Object query = request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
            if (uri != null && "GET".equals(request.getMethod())) {
                continueTo = uri + (query == null ? "" : "?" + query);
            }
        }
        return continueTo;
    }

    public void setContinueTo(String continueTo) {
        this.continueTo = continueTo;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
