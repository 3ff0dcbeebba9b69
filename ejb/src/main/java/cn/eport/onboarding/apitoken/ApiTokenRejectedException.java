package cn.eport.onboarding.apitoken;

import jakarta.ejb.ApplicationException;

/** A new API token was refused: nothing was created. */
@ApplicationException(rollback = true)
public class ApiTokenRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** The name is empty or longer than {@value ApiToken#NAME_LENGTH} characters. */
        NAME,
        /** The lifetime is not one of the page's choices. */
        LIFETIME
    }

    private final Reason reason;

    public ApiTokenRejectedException(Reason reason) {
        super("API token refused: " + reason);
        this.reason = reason;
    }

    public Reason getReason() {
        return reason;
    }
}
