package cn.eport.onboarding.enterprise;

import jakarta.ejb.ApplicationException;

/** No such record for this enterprise: it does not exist or belongs to another one (the same answer for both). */
@ApplicationException(rollback = true)
public class RegistrationNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RegistrationNotFoundException(Long id) {
        super("No enterprise registration " + id + " for the caller's enterprise");
    }
}
