package cn.eport.onboarding.workflow;

import jakarta.ejb.ApplicationException;

/** The state machine does not allow this action in this status for this actor. */
@ApplicationException(rollback = true)
public class IllegalTransitionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ApplicationStatus status;
    private final WorkflowAction action;

    public IllegalTransitionException(ApplicationStatus status, WorkflowAction action, Actor actor) {
        super(action + " is not allowed for " + actor + " on an application in status " + (status == null ? "NEW" : status));
        this.status = status;
        this.action = action;
    }

    public ApplicationStatus status() {
        return status;
    }

    public WorkflowAction action() {
        return action;
    }
}
