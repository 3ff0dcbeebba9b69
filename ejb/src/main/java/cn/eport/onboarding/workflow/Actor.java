package cn.eport.onboarding.workflow;

/** Who acts on an application, as far as the state machine cares. */
public enum Actor {
    /** Staff of the enterprise the application belongs to. */
    OWNER,
    /** A reviewer (审核员) working in the review console. */
    REVIEWER,
    /**
     * The review back office (审核后台): its reviewers decide outside the product and the nightly job
     * {@code review-reconcile} applies their decisions. It decides like a reviewer, without claiming
     * first; the enterprise sees the decision as a reviewer's.
     */
    BACK_OFFICE,
    /** The system itself: automatic approval of filings whose rules say so (F-22, F-42). */
    SYSTEM
}
