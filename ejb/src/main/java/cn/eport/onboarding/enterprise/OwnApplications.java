package cn.eport.onboarding.enterprise;

import cn.eport.onboarding.workflow.HistoryEntry;
import cn.eport.onboarding.workflow.WorkflowAction;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What an enterprise user does with its own applications of one kind, the same for every kind: the
 * kind's service implements it (keeping its no-interface view with {@code @LocalBean}), and the
 * kind's form and view pages are written once against it. Every method is scoped to the caller's
 * enterprise: another enterprise's id is not found.
 *
 * @param <A> the kind's entity
 * @param <D> the kind's details, as the form edits them
 * @param <P> the kind's rule problems
 */
public interface OwnApplications<A extends EnterpriseApplication, D, P extends FieldProblem> {

    /**
     * One of the caller's applications.
     *
     * @throws ApplicationNotFoundException when it is not one of the caller's
     */
    A find(Long id);

    Set<WorkflowAction> allowedActions(A application);

    /**
     * 暂存 ({@link WorkflowAction#SAVE_DRAFT}) or 申报 ({@link WorkflowAction#DECLARE}) a new application
     * ({@code id == null}) or an existing one at the version its form was opened with. The request
     * token identifies this submission: sent again, it changes nothing and reports the state it made.
     * A new application's form uses its request token as its staging key too: the files uploaded while
     * it was entered are attached in the same transaction (docs/adr/0011-attachment-staging.md).
     *
     * @throws ConcurrentChangeException when the application changed since the form was opened
     * @throws ApplicationNotFoundException when it is not one of the caller's
     * @throws cn.eport.onboarding.workflow.IllegalTransitionException when its status does not allow the action
     */
    SaveOutcome<P> save(Long id, long expectedVersion, String requestToken, D details, WorkflowAction action);

    /**
     * The problems the kind's rules find in these details for 暂存 or 申报, without storing anything:
     * a form whose own checks refused one field (a converter) lists these for the other fields at once.
     */
    List<P> problems(D details, WorkflowAction action);

    /** 删除: a draft only, after the user confirmed; it is gone for good, with its attachments. */
    void delete(Long id, long expectedVersion);

    List<HistoryEntry> history(Long id);

    /** The reviewer's reason, shown at the top of the form and the view of a returned application. */
    Optional<String> returnReason(Long id);
}
