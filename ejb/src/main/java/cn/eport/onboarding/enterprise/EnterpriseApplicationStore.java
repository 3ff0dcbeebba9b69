package cn.eport.onboarding.enterprise;

import cn.eport.onboarding.attachment.AttachmentRepository;
import cn.eport.onboarding.attachment.AttachmentService;
import cn.eport.onboarding.audit.AccessRefusals;
import cn.eport.onboarding.audit.AuditAction;
import cn.eport.onboarding.audit.AuditTrail;
import cn.eport.onboarding.declaration.DeclarationSnapshots;
import cn.eport.onboarding.workflow.Actor;
import cn.eport.onboarding.workflow.ApplicationKind;
import cn.eport.onboarding.workflow.ApplicationWorkflow;
import cn.eport.onboarding.workflow.WorkflowAction;
import cn.eport.onboarding.workflow.WorkflowService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The steps every kind of enterprise application takes when its owner saves, declares or deletes
 * it, so each kind's service only adds its own fields and rules: look it up within the caller's
 * enterprise, recognise a resent submission, refuse a stale version, ask the state machine, and
 * record the change (transition, audit). Called by the kinds' services (EJBs), in their transaction.
 */
@ApplicationScoped
public class EnterpriseApplicationStore {

    /** A submission opened on a new application ({@code application == null}) or an existing one. */
    public record Submission<A extends EnterpriseApplication>(A application, boolean alreadyApplied) {

        public boolean isNew() {
            return application == null;
        }
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private WorkflowService workflow;

    @Inject
    private AuditTrail audit;

    @Inject
    private AttachmentRepository attachments;

    @Inject
    private AttachmentService attachmentService;

    @Inject
    private AccessRefusals refusals;

    @Inject
    private Event<ApplicationSubmitted> submitted;

    @Inject
    private DeclarationSnapshots declarations;

    /**
     * One of the enterprise's applications of this type. Any other id is refused as "not found", and
     * the refusal is audited ({@link AccessRefusals}).
     *
     * @param notFound the kind's exception for an id that does not exist or belongs to another enterprise
     */
    public <A extends EnterpriseApplication> A find(Class<A> type, Long id, String uscc,
                                                     Function<Long, ? extends ApplicationNotFoundException> notFound) {
        return em.createQuery("SELECT a FROM " + type.getSimpleName() + " a WHERE a.id = :id AND a.enterpriseUscc = :uscc", type)
                .setParameter("id", id).setParameter("uscc", uscc)
                .getResultStream().findFirst().orElseThrow(() -> {
                    ApplicationNotFoundException refusal = notFound.apply(id);
                    if (id != null) {
                        refusals.notFound(refusal.kind().name(), id,
                                Optional.ofNullable(em.find(type, id)).map(EnterpriseApplication::getEnterpriseUscc).orElse(null));
                    }
                    return refusal;
                });
    }

    /**
     * Opens the submission of 暂存 or 申报 with this request token on a new application ({@code id}
     * null) or on one of the enterprise's own at the version its form was opened with. A submission
     * sent again comes back {@link Submission#alreadyApplied}: the caller changes nothing and reports
     * the application's state.
     *
     * @throws ConcurrentChangeException when the application changed since the form was opened
     * @throws cn.eport.onboarding.workflow.IllegalTransitionException when its status does not allow the action
     */
    public <A extends EnterpriseApplication> Submission<A> open(Class<A> type, Long id, long expectedVersion, String requestToken,
                                                                 WorkflowAction action, String uscc,
                                                                 Function<Long, ? extends ApplicationNotFoundException> notFound) {
        if (action != WorkflowAction.SAVE_DRAFT && action != WorkflowAction.DECLARE) {
            throw new IllegalArgumentException("a submission is SAVE_DRAFT or DECLARE, not " + action);
        }
        if (requestToken == null || requestToken.isBlank()) {
            throw new IllegalArgumentException("every submission carries its request token");
        }
        if (id == null) {
            Optional<A> resent = em.createQuery("SELECT a FROM " + type.getSimpleName()
                            + " a WHERE a.creationToken = :t AND a.enterpriseUscc = :uscc", type)
                    .setParameter("t", requestToken).setParameter("uscc", uscc).getResultStream().findFirst();
            if (resent.isPresent()) {
                return new Submission<>(resent.get(), true);
            }
        }
        A application = id == null ? null : find(type, id, uscc, notFound);
        if (application != null && application.alreadyApplied(requestToken)) {
            return new Submission<>(application, true);
        }
        requireVersion(application, expectedVersion);
        ApplicationWorkflow.next(application == null ? null : application.getStatus(), action, Actor.OWNER);
        return new Submission<>(application, false);
    }

    /**
     * 暂存 ({@link WorkflowAction#SAVE_DRAFT}) or 申报 ({@link WorkflowAction#DECLARE}) of a new application
     * ({@code id == null}) or one of the enterprise's own, the same steps for every kind: open the
     * submission (a resent one changes nothing and reports the state it made), let the kind admit it,
     * prepare and check its details (nothing is stored while a problem remains), create or change the
     * application, take the action through the state machine and record it.
     *
     * @throws ConcurrentChangeException when the application changed since the form was opened
     * @throws ApplicationNotFoundException when it is not one of the enterprise's
     * @throws cn.eport.onboarding.workflow.IllegalTransitionException when its status does not allow the action
     */
    public <A extends EnterpriseApplication, D, P extends FieldProblem> SaveOutcome<P> save(
            SubmissionSteps<A, D, P> steps, Enterprise enterprise, Long id, long expectedVersion, String requestToken,
            D input, WorkflowAction action, String actor, Instant now) {
        Submission<A> submission = open(steps.type(), id, expectedVersion, requestToken, action, enterprise.getUscc(), steps::notFound);
        if (submission.alreadyApplied()) {
            return SaveOutcome.of(submission.application());
        }
        steps.admit(submission, enterprise, action);
        D details = steps.prepared(input, enterprise);
        List<P> problems = steps.problems(details, action);
        if (!problems.isEmpty()) {
            return SaveOutcome.refused(problems);
        }
        A application = submission.isNew() ? steps.create(enterprise, requestToken, now) : submission.application();
        steps.apply(application, details, requestToken, now);
        submit(application, submission.isNew(), requestToken, action, actor);
        steps.submitted(application, action, actor);
        return SaveOutcome.of(application);
    }

    /** What {@link #save} would find wrong with the details for the action, nothing stored ({@link OwnApplications#problems}). */
    public <A extends EnterpriseApplication, D, P extends FieldProblem> List<P> problems(
            SubmissionSteps<A, D, P> steps, Enterprise enterprise, D input, WorkflowAction action) {
        return steps.problems(steps.prepared(input, enterprise), action);
    }

    /**
     * Takes the submission's action on the (new or changed) application and records it: transition,
     * audit, and for a 申报 the snapshot of what it declared (then {@link cn.eport.onboarding.declaration.ApplicationDeclared}).
     */
    public void submit(EnterpriseApplication application, boolean created, String requestToken, WorkflowAction action,
                       String actor) {
        workflow.apply(application, action, Actor.OWNER, actor, null);
        if (created) {
            if (AttachmentService.holdsAttachments(application.kind())) {
                // the form's request token is its staging key: files uploaded while it was entered join the new record
                attachmentService.attachStaged(application, requestToken);
            }
        } else {
            audit.record(actor, AuditAction.CHANGED, application.kind().name(), String.valueOf(application.getId()),
                    application.getEnterpriseUscc(), action.name());
        }
        submitted.fire(new ApplicationSubmitted(application, action, actor, application.getUpdatedAt()));
        em.flush();
        if (action == WorkflowAction.DECLARE) {
            declarations.record(application, actor);
        }
    }

    /** 删除 at the version the user saw: the state machine allows drafts only; gone for good, with its attachments. */
    public void delete(EnterpriseApplication application, long expectedVersion, String actor) {
        requireVersion(application, expectedVersion);
        ApplicationKind kind = application.kind();
        Long id = application.getId();
        workflow.apply(application, WorkflowAction.DELETE, Actor.OWNER, actor, null);
        audit.record(actor, AuditAction.DELETED, kind.name(), String.valueOf(id), application.getEnterpriseUscc(), null);
        attachments.removeAllOf(kind, id);
        em.remove(application);
    }

    private static void requireVersion(EnterpriseApplication application, long expectedVersion) {
        if (application != null && application.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException(application.kind(), application.getId());
        }
    }
}
