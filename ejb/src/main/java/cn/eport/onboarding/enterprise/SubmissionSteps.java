package cn.eport.onboarding.enterprise;

import cn.eport.onboarding.workflow.WorkflowAction;

import java.time.Instant;
import java.util.List;

/**
 * What one application kind adds to the 暂存/申报 flow that {@link EnterpriseApplicationStore#save}
 * runs for every kind: its entity, its rules, how it is created and changed, and what happens after
 * the state machine moved it (a filing's automatic approval, F-22/F-42).
 *
 * @param <A> the kind's entity
 * @param <D> the kind's details, as the form edits them
 * @param <P> the kind's rule problems
 */
public interface SubmissionSteps<A extends EnterpriseApplication, D, P extends FieldProblem> {

    Class<A> type();

    /** The kind's "not found" for an id that does not exist or belongs to another enterprise. */
    ApplicationNotFoundException notFound(Long id);

    /**
     * Before anything is checked, once the submission is known to be a new one (not a resent request):
     * a kind's refusals that do not belong to a field (one filing per enterprise, a filing's
     * preconditions) are thrown from here.
     */
    default void admit(EnterpriseApplicationStore.Submission<A> submission, Enterprise enterprise, WorkflowAction action) {
    }

    /** The details as they will be stored: normalised, with what the server decides (derived codes) filled in. */
    D prepared(D input, Enterprise enterprise);

    /** Every problem of the details for this action, in the form's order; empty when they may be stored. */
    List<P> problems(D details, WorkflowAction action);

    A create(Enterprise enterprise, String requestToken, Instant now);

    void apply(A application, D details, String requestToken, Instant now);

    /** After the state machine moved the application and the change was recorded, in the same transaction. */
    default void submitted(A application, WorkflowAction action, String actor) {
    }
}
