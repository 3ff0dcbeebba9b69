package cn.eport.onboarding.enterprise;

import cn.eport.onboarding.workflow.ApplicationKind;
import jakarta.ejb.ApplicationException;

/**
 * No such application of this kind for the caller's enterprise: it does not exist or belongs to
 * another one (the same answer for both, so that ids reveal nothing).
 */
@ApplicationException(rollback = true)
public class ApplicationNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ApplicationKind kind;
    private final Long id;

    public ApplicationNotFoundException(ApplicationKind kind, Long id, String message) {
        super(message);
        this.kind = kind;
        this.id = id;
    }

    /** The kind that was asked for. */
    public ApplicationKind kind() {
        return kind;
    }

    /** The id that was asked for. */
    public Long id() {
        return id;
    }
}
