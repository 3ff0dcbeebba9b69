package cn.eport.onboarding.web.error;

import cn.eport.onboarding.web.LoginBacking;
import cn.eport.onboarding.web.security.ContinueTarget;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.omnifaces.exceptionhandler.FullAjaxExceptionHandler;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every exception of a Faces request ends on the application's own error page, with the status
 * that fits (ADR 0015):
 * <ul>
 * <li>the client's faults ({@link ClientFaults}) get their 4xx status and page; an expired login
 * form is shown afresh with a message instead;</li>
 * <li>for Ajax requests OmniFaces' {@link FullAjaxExceptionHandler} renders the same error page
 * into the partial response, so the browser shows the same text as for a full request, and no
 * exception class reaches it;</li>
 * <li>anything else is a 500 with the server-error page (web.xml).</li>
 * </ul>
 */
public class ErrorPageExceptionHandler extends FullAjaxExceptionHandler {

    private static final Logger LOG = Logger.getLogger(ErrorPageExceptionHandler.class.getName());
    /** The login view's id, as restored through /login (extensionless) or /login.xhtml. */
    private static final Set<String> LOGIN_VIEW = Set.of("/login", "/login.xhtml");
    private static final String POSTED_CONTINUE = "login:continue";

    public ErrorPageExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    /** The client's fault this request is answered for, if any (one handler per request). */
    private ErrorKind clientFault;

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        if (context != null && events.hasNext()) {
            ExceptionQueuedEventContext queued = events.next().getContext();
            clientFault = ClientFaults.of(queued.getException(), queued.getPhaseId()).orElse(null);
            if (clientFault != null && answered(context, queued.getException(), clientFault)) {
                events.remove();
                while (events.hasNext()) {
                    events.next();
                    events.remove();
                }
            }
        }
        super.handle();
    }

    /**
     * True when the client's fault was answered here; false leaves it to the Ajax handling (which
     * renders the page of this kind) or, when the response is already committed, to the container.
     */
    private static boolean answered(FacesContext context, Throwable exception, ErrorKind kind) {
        ExternalContext external = context.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        LOG.log(Level.FINE, "Refused ({0}): {1}", new Object[]{kind, exception});
        try {
            if (isExpiredLoginForm(exception)) {
                external.redirect(freshLoginForm(external));
                context.responseComplete();
                return true;
            }
            if (context.getPartialViewContext().isAjaxRequest() || external.isResponseCommitted()) {
                request.setAttribute(ErrorPages.KIND_ATTRIBUTE, kind);
                return false;
            }
            external.responseReset();
            ErrorPages.send(request, (HttpServletResponse) external.getResponse(), kind.status(), kind);
            context.responseComplete();
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isExpiredLoginForm(Throwable exception) {
        return ClientFaults.chain(exception).anyMatch(cause -> cause instanceof ViewExpiredException expired
                && LOGIN_VIEW.contains(expired.getViewId()));
    }

    /** The login page again, saying the form had expired, still continuing to the page asked for. */
    private static String freshLoginForm(ExternalContext external) {
        String contextPath = external.getRequestContextPath();
        String login = ContinueTarget.loginAddress(contextPath,
                ContinueTarget.of(contextPath, external.getRequestParameterMap().get(POSTED_CONTINUE)).orElse(null));
        return login + (login.contains("?") ? "&" : "?") + LoginBacking.EXPIRED_PARAMETER + "=true";
    }

    /** Client faults are expected (tampering, old tabs): no stack trace at SEVERE for them. */
    @Override
    protected void logException(FacesContext context, Throwable exception, String location, LogReason reason) {
        if (clientFault != null) {
            LOG.log(Level.FINE, "Refused with the error page {0}: {1}", new Object[]{location, exception});
        } else {
            super.logException(context, exception, location, reason);
        }
    }

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new ErrorPageExceptionHandler(getWrapped().getExceptionHandler());
        }
    }
}
