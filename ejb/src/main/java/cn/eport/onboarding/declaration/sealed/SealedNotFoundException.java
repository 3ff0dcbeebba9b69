package cn.eport.onboarding.declaration.sealed;

import jakarta.ejb.ApplicationException;

/** No sealed PDF the caller may see has this id: none, another enterprise's, or the reviewer's own enterprise's (404). */
@ApplicationException(rollback = true)
public class SealedNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SealedNotFoundException(Long id) {
        super("No sealed declaration " + id + " for the caller");
    }
}
