package cn.eport.onboarding.web.enterprise;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;

import java.io.IOException;

/** How the enterprise pages leave a page: to the list with a message that survives the redirect, or straight to another page. */
final class Redirects {

    private Redirects() {
    }

    /** The navigation outcome of a page that redirects to {@code page} and shows {@code text} there. */
    static String withMessage(String page, String text) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().getFlash().setKeepMessages(true);
        context.addMessage(null, new FacesMessage(text));
        return page + "?faces-redirect=true";
    }

    /** Sends the browser to a page of this application at once (from a view action). */
    static void to(String pathAndQuery) throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + pathAndQuery);
    }
}
