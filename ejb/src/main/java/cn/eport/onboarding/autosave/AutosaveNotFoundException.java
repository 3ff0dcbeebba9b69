package cn.eport.onboarding.autosave;

import jakarta.ejb.ApplicationException;

/** No kept input of the caller by that id: gone, or another user's (the same answer for both). */
@ApplicationException(rollback = true)
public class AutosaveNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AutosaveNotFoundException() {
        super("No such kept input");
    }
}
