package cn.eport.onboarding.web.frame;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;

/** 【退出登录】 (F-2): ends the session and returns to the login page. */
@Named
@RequestScoped
public class LogoutBacking {

    @Inject
    private FacesContext facesContext;

    public void logout() throws IOException, ServletException {
        ExternalContext external = facesContext.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login");
    }
}
