package cn.eport.onboarding.review;

import cn.eport.onboarding.workflow.ApplicationKind;

/** A return needs a reason the enterprise can act on: not blank, at most {@link ReviewRules#MAX_REASON_LENGTH} characters. */
public class ReturnReasonException extends ReviewRefusedException {

    private static final long serialVersionUID = 1L;

    public enum Problem {
        MISSING,
        TOO_LONG
    }

    private final Problem problem;

    public ReturnReasonException(ApplicationKind kind, Long applicationId, Problem problem) {
        super(kind, applicationId, problem == Problem.MISSING ? "a return needs a reason"
                : "the reason is longer than " + ReviewRules.MAX_REASON_LENGTH + " characters");
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
