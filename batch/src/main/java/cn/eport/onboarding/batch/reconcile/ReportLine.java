package cn.eport.onboarding.batch.reconcile;

import cn.eport.onboarding.batch.run.StepCounter;
import cn.eport.onboarding.workflow.ApplicationKind;
import cn.eport.onboarding.workflow.WorkflowAction;

import java.io.Serializable;
import java.time.Instant;

/**
 * One line of a run's reconciliation report ({@code review_reconcile_line}): a record of the results
 * file, what it said, and its category. What a malformed line did not say is null.
 *
 * @param recordNo the record's place in the file, from 1 (the key within a run)
 * @param line     the line of the file it starts on
 * @param category one of APPLIED, ALREADY_APPLIED, UNKNOWN_APPLICATION, ILLEGAL_TRANSITION,
 *                 CONFLICTING_DECISION, or REJECTED for a malformed line
 * @param message  what became of the line, for the operator (Chinese)
 */
public record ReportLine(long recordNo, long line, String decisionId, ApplicationKind kind, Long applicationId, String applicationNo,
                         String uscc, WorkflowAction decision, String reviewer, Instant decidedAt, StepCounter category,
                         String message) implements Serializable {

    /** Component accessors for EL, which does not read record components as properties. */
    public String getCategoryName() {
        return category.name();
    }
}
