package cn.eport.onboarding.batch.run;

/**
 * The counters a step keeps in {@code batch_step_count}. The console shows each under the message key
 * {@code batch.counter.<name in lower case>}. {@link #TOTAL} is the number of records in the source
 * (the progress bar's 100 %), set once; every other counter only grows.
 */
public enum StepCounter {
    /** Records in the source, counted before the step reads them. */
    TOTAL,
    /** Records read so far (good and rejected). */
    READ,
    /** Records rejected (each one has its row in batch_reject). */
    REJECTED,
    /** code-table-sync: rows that did not exist. */
    INSERTED,
    /** code-table-sync: rows whose content changed. */
    UPDATED,
    /** code-table-sync: rows that were already as the source says. */
    UNCHANGED,
    /** code-table-sync: codes a complete snapshot no longer lists, now inactive. */
    RETIRED,
    /** review-reconcile: decisions applied through the state machine. */
    APPLIED,
    /** review-reconcile: the same decision id was applied before. */
    ALREADY_APPLIED,
    /** review-reconcile: no such application. */
    UNKNOWN_APPLICATION,
    /** review-reconcile: the state machine does not allow the decision (e.g. a draft). */
    ILLEGAL_TRANSITION,
    /** review-reconcile: already decided the other way. */
    CONFLICTING_DECISION,
    /** housekeeping: rows deleted. */
    DELETED
}
