package cn.eport.onboarding.apitoken;

import jakarta.ejb.ApplicationException;

/** No API token of the caller by that id: none, or another user's (the same answer for both). */
@ApplicationException(rollback = true)
public class ApiTokenNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ApiTokenNotFoundException() {
        super("No such API token");
    }
}
