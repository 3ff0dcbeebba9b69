package cn.eport.onboarding.workflow;

/** Who acts on an application, as far as the state machine cares. */
public enum Actor {
    /** Staff of the enterprise the application belongs to. */
    OWNER,
    /** A reviewer (审核员), or the review back-office through the reconciliation job. */
    REVIEWER,
    /** The system itself: automatic approval of filings whose rules say so (F-22, F-42). */
    SYSTEM
}
