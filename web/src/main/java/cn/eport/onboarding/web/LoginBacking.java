package cn.eport.onboarding.web;

import cn.eport.onboarding.web.i18n.Messages;
import cn.eport.onboarding.web.security.ContinueTarget;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

/**
 * /login (F-1): username and password of a card-less user (无卡用户). A protected page asked for
 * without login redirects here with {@code ?continue=<that page>}; after login that page opens.
 * The form is a stateful view: its view state is bound to the browser's session and is the form's
 * CSRF token (ADR 0015).
 */
@Named
@RequestScoped
public class LoginBacking {

    /** Set by the exception handler when the login form was posted with a view state that is gone. */
    public static final String EXPIRED_PARAMETER = "expired";

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
        AuthenticationStatus status = securityContext.authenticate((HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(), withParams()
                        .credential(new UsernamePasswordCredential(username, new Password(password)))
                        .newAuthentication(true));
        password = null;
        if (status == AuthenticationStatus.SUCCESS) {
            external.redirect(ContinueTarget.of(external.getRequestContextPath(), continueTo)
                    .orElse(external.getRequestContextPath() + "/"));
        } else {
            facesContext.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.get("login.failed"), null));
        }
    }

    /** The page to open after login: the {@code continue} parameter on first display, then the posted value. */
    public String getContinueTo() {
        if (continueTo == null && !facesContext.isPostback()) {
            continueTo = ContinueTarget.of(facesContext.getExternalContext().getRequestContextPath(),
                    facesContext.getExternalContext().getRequestParameterMap().get(ContinueTarget.PARAMETER)).orElse(null);
        }
        return continueTo;
    }

    public void setContinueTo(String continueTo) {
        this.continueTo = continueTo;
    }

    /** The form was shown again because the one that was sent had expired. */
    public boolean isExpired() {
        return !facesContext.isPostback()
                && facesContext.getExternalContext().getRequestParameterMap().containsKey(EXPIRED_PARAMETER);
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
