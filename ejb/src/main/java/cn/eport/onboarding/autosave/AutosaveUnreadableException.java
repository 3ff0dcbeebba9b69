package cn.eport.onboarding.autosave;

import jakarta.ejb.ApplicationException;

/** A kept input that cannot be decrypted: changed in the database, or made with another key. */
@ApplicationException(rollback = true)
public class AutosaveUnreadableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AutosaveUnreadableException(String message) {
        super(message);
    }
}
