package cn.eport.onboarding.web.enterprise;

import jakarta.faces.context.FacesContext;

import java.io.IOException;

/** Answers 404 for a record that does not exist or belongs to another enterprise: the same answer for both. */
public final class NotFound {

    private NotFound() {
    }

    public static void send() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().responseSendError(404, null);
        context.responseComplete();
    }
}
