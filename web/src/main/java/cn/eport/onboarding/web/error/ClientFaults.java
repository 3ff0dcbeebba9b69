package cn.eport.onboarding.web.error;

import cn.eport.onboarding.attachment.AttachmentRefusedException;
import cn.eport.onboarding.enterprise.ApplicationNotFoundException;
import cn.eport.onboarding.review.ReviewItemNotFoundException;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.ProtectedViewException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.event.PhaseId;
import org.primefaces.csp.CspException;

import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Exceptions that are the client's fault, not the server's: a forged or expired view state, an id
 * that is not (or not the caller's) record, a call the caller's role may not make, and anything
 * that fails while Faces restores the posted view or decodes the posted values (no application code
 * runs there: only what the client sent is read). They are answered with their 4xx status and page
 * instead of 500 (issue 8, point 8).
 */
public final class ClientFaults {

    private ClientFaults() {
    }

    /** The kind of page for an exception queued in the given phase of a Faces request; empty for a server error. */
    public static Optional<ErrorKind> of(Throwable exception, PhaseId phase) {
        return of(exception).or(() -> phase == PhaseId.RESTORE_VIEW || phase == PhaseId.APPLY_REQUEST_VALUES
                ? Optional.of(ErrorKind.BAD_REQUEST) : Optional.empty());
    }

    /** The kind of page for the exception or any of its causes; empty for a server error. */
    public static Optional<ErrorKind> of(Throwable exception) {
        return chain(exception).map(ClientFaults::ofOne).flatMap(Optional::stream).findFirst();
    }

    /** The exception and its causes, outermost first. */
    static Stream<Throwable> chain(Throwable exception) {
        return Stream.iterate(exception, Objects::nonNull, cause -> cause.getCause() == cause ? null : cause.getCause());
    }

    private static Optional<ErrorKind> ofOne(Throwable exception) {
        if (exception instanceof ViewExpiredException) {
            return Optional.of(ErrorKind.EXPIRED);
        }
        // a postback without the page's Content-Security-Policy nonce (ADR 0014) is a tampered post
        if (exception instanceof ProtectedViewException || exception instanceof CspException) {
            return Optional.of(ErrorKind.BAD_REQUEST);
        }
        if (exception instanceof ApplicationNotFoundException || exception instanceof ReviewItemNotFoundException
                || exception instanceof AttachmentRefusedException refused
                && refused.reason() == AttachmentRefusedException.Reason.NOT_FOUND) {
            return Optional.of(ErrorKind.NOT_FOUND);
        }
        if (exception instanceof EJBAccessException) {
            return Optional.of(ErrorKind.FORBIDDEN);
        }
        return Optional.empty();
    }
}
