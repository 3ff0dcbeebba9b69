package cn.eport.onboarding.enterprise;

import jakarta.ejb.ApplicationException;

/**
 * No such application of this kind for the caller's enterprise: it does not exist or belongs to
 * another one (the same answer for both, so that ids reveal nothing).
 */
@ApplicationException(rollback = true)
public class ApplicationNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ApplicationNotFoundException(String message) {
        super(message);
    }
}
