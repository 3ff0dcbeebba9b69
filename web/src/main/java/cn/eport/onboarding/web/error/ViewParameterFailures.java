package cn.eport.onboarding.web.error;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A page opened with view parameters it cannot take ({@code registration-view?id=abc}, an id
 * beyond Long, a required one missing) is a bad request: 400 and the error page, before the page
 * renders half-loaded (it used to be a 500). On a first request only view parameters are validated,
 * so a validation failure there is always theirs. Registered in faces-config.xml for every page.
 */
public class ViewParameterFailures implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.PROCESS_VALIDATIONS;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // nothing before validation
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (context.isPostback() || !context.isValidationFailed() || context.getResponseComplete()) {
            return;
        }
        ExternalContext external = context.getExternalContext();
        try {
            ErrorPages.send((HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(),
                    ErrorKind.BAD_REQUEST.status(), ErrorKind.BAD_REQUEST);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }
}
