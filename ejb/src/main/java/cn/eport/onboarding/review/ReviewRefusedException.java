package cn.eport.onboarding.review;

import cn.eport.onboarding.workflow.ApplicationKind;
import jakarta.ejb.ApplicationException;

/**
 * The review console refused an action; nothing was changed. Each subclass is one reason, so a
 * page can show its own message for it. (State machine refusals are
 * {@link cn.eport.onboarding.workflow.IllegalTransitionException}.)
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class ReviewRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ApplicationKind kind;
    private final Long applicationId;

    protected ReviewRefusedException(ApplicationKind kind, Long applicationId, String message) {
        super(kind + " " + applicationId + ": " + message);
        this.kind = kind;
        this.applicationId = applicationId;
    }

    public ApplicationKind kind() {
        return kind;
    }

    public Long applicationId() {
        return applicationId;
    }
}
