package cn.eport.onboarding.enterprise;

import jakarta.ejb.ApplicationException;

/** The record was changed by someone else since the form was opened; nothing was saved. */
@ApplicationException(rollback = true)
public class ConcurrentChangeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConcurrentChangeException(Long id) {
        super("Enterprise registration " + id + " was changed by someone else");
    }
}
