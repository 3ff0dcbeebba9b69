package cn.eport.onboarding.review;

import cn.eport.onboarding.workflow.ApplicationKind;

/** Another reviewer claimed the application first (possibly at the same moment). */
public class AlreadyClaimedException extends ReviewRefusedException {

    private static final long serialVersionUID = 1L;

    private final String assignee;

    public AlreadyClaimedException(ApplicationKind kind, Long applicationId, String assignee) {
        super(kind, applicationId, "already claimed" + (assignee == null ? " by another reviewer" : " by " + assignee));
        this.assignee = assignee;
    }

    /** Who has it, when known (null when the other claim won at the same moment). */
    public String assignee() {
        return assignee;
    }
}
