package cn.eport.onboarding.web.filing;

import cn.eport.onboarding.filing.FilingCheck;
import cn.eport.onboarding.workflow.ApplicationStatus;

/**
 * What the page of a filing shows (F-20, F-30, F-40), from the enterprise's filing of the kind (its
 * status; {@code null} for none) and its preconditions: the form while the enterprise may still file
 * or correct, the obstacle when a precondition fails, the filed data read-only once it is declared,
 * and 备案通过 with its number once approved.
 */
public enum FilingPageMode {
    /** A precondition fails: its message and what to do; a stored draft is shown read-only, no submission. */
    BLOCKED,
    /** Never filed, a draft or returned: the form with 暂存 and the kind's submit button. */
    FORM,
    /** Declared or under review: the filed data read-only, no submission. */
    FILED,
    /** Approved: 备案通过, the filed data read-only with its number and date, no submission. */
    APPROVED;

    /**
     * Whether the preconditions matter in this status: only while the enterprise may still submit
     * (none, 暂存, 退回). A declared or approved filing never asks the directories again.
     */
    public static boolean needsCheck(ApplicationStatus status) {
        return status == null || status == ApplicationStatus.DRAFT || status == ApplicationStatus.RETURNED;
    }

    /**
     * @param status the filing's status, {@code null} when the enterprise has none
     * @param check  the preconditions (ignored where {@link #needsCheck} says they do not matter); a
     *               directory that cannot be reached keeps the form (the check at 申报 decides)
     */
    public static FilingPageMode of(ApplicationStatus status, FilingCheck check) {
        if (status == ApplicationStatus.APPROVED) {
            return APPROVED;
        }
        if (!needsCheck(status)) {
            return FILED;
        }
        return check instanceof FilingCheck.Blocked ? BLOCKED : FORM;
    }

    /**
     * The bundle key of the status word at the top of the page (未备案 / 暂存 / 申报 / 审核中 / 备案通过 / 退回):
     * the words of every list, except the two a filing has of its own.
     */
    public static String statusKey(ApplicationStatus status) {
        if (status == null) {
            return "filing.status.NONE";
        }
        return status == ApplicationStatus.APPROVED ? "filing.status.APPROVED" : "status." + status.name();
    }
}
