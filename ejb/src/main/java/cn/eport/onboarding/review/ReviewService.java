package cn.eport.onboarding.review;

import cn.eport.onboarding.account.AccountRepository;
import cn.eport.onboarding.attachment.Attachment;
import cn.eport.onboarding.attachment.AttachmentRepository;
import cn.eport.onboarding.attachment.AttachmentService;
import cn.eport.onboarding.audit.AccessRefusals;
import cn.eport.onboarding.audit.AuditEvent;
import cn.eport.onboarding.audit.AuditParent;
import cn.eport.onboarding.audit.AuditTrail;
import cn.eport.onboarding.declaration.DeclaredField;
import cn.eport.onboarding.enterprise.Enterprise;
import cn.eport.onboarding.review.marks.ReturnMarkInput;
import cn.eport.onboarding.review.marks.ReturnMarkRefusedException;
import cn.eport.onboarding.review.marks.ReturnMarkStore;
import cn.eport.onboarding.workflow.Actor;
import cn.eport.onboarding.workflow.Application;
import cn.eport.onboarding.workflow.ApplicationKind;
import cn.eport.onboarding.workflow.ApplicationStatus;
import cn.eport.onboarding.workflow.ApplicationWorkflow;
import cn.eport.onboarding.workflow.HistoryEntry;
import cn.eport.onboarding.workflow.WorkflowAction;
import cn.eport.onboarding.workflow.WorkflowService;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The review console: the queue of declared applications of every kind, "my claims", and
 * claim, approve and return. Every change goes through {@link WorkflowService} as
 * {@link Actor#REVIEWER}, so the state machine decides and the transition and audit entry are
 * recorded. The reviewer is the caller; a reviewer whose account belongs to an enterprise never
 * reviews that enterprise's applications.
 * <p>
 * Reviewers see an application from its first 申报 on ({@link ApplicationWorkflow#isVisible}): every
 * method that takes an id finds the application through {@link #visible}, so a draft that was never
 * declared is, with its history and audit trail, like an id that does not exist, and the refused
 * lookup is audited ({@link AccessRefusals}).
 */
@Stateless
@RolesAllowed("REVIEWER")
public class ReviewService {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    @Any
    private Instance<ReviewSource> sources;

    @Inject
    private WorkflowService workflow;

    @Inject
    private AccountRepository accounts;

    @Inject
    private AuditTrail audit;

    @Inject
    private AccessRefusals refusals;

    @Inject
    private AttachmentOwners attachmentOwners;

    @Inject
    private Clock clock;

    @Inject
    private ReturnMarkStore returnMarks;

    @Inject
    private AttachmentRepository attachmentRepository;

    @Inject
    private ServiceLevelSettings serviceLevels;

    /**
     * The waiting applications of the query's {@link QueueStatus} (by default those declared and not
     * yet claimed), oldest first, one page. Supervisors see it too, read-only.
     */
    @RolesAllowed({"REVIEWER", "SUPERVISOR"})
    public List<ReviewItem> queue(ReviewQuery query, int first, int max) {
        return page(query.status().statuses(), null, query, first, max);
    }

    @RolesAllowed({"REVIEWER", "SUPERVISOR"})
    public long queueSize(ReviewQuery query) {
        return total(query.status().statuses(), null, query);
    }

    /** The applications the caller has claimed and not yet decided, oldest first. */
    public List<ReviewItem> myClaims(ReviewQuery query, int first, int max) {
        return page(Set.of(ApplicationStatus.UNDER_REVIEW), caller(), query, first, max);
    }

    public long myClaimCount(ReviewQuery query) {
        return total(Set.of(ApplicationStatus.UNDER_REVIEW), caller(), query);
    }

    private List<ReviewItem> page(Set<ApplicationStatus> statuses, String assignee, ReviewQuery query, int first, int max) {
        Instant now = clock.instant();
        List<ReviewSource> matching = sources(query);
        if (matching.size() == 1) {
            return matching.get(0).list(selection(matching.get(0), statuses, assignee, query, now), first, max);
        }
        // several kinds: each kind's first (first + max) in the database, merged here
        return ReviewRules.page(matching.stream()
                .map(s -> s.list(selection(s, statuses, assignee, query, now), 0, first + max)).toList(), first, max);
    }

    private long total(Set<ApplicationStatus> statuses, String assignee, ReviewQuery query) {
        Instant now = clock.instant();
        return sources(query).stream().mapToLong(s -> s.count(selection(s, statuses, assignee, query, now))).sum();
    }

    /** The overdue condition is each kind's own: declared before now minus that kind's service level. */
    private QueueSelection selection(ReviewSource source, Set<ApplicationStatus> statuses, String assignee, ReviewQuery query,
                                     Instant now) {
        Instant declaredBefore = query.overdue() ? serviceLevels.levels().overdueBefore(source.kind(), now) : null;
        return new QueueSelection(statuses, assignee, query, declaredBefore);
    }

    private List<ReviewSource> sources(ReviewQuery query) {
        return sources.stream().filter(s -> query.includes(s.kind())).toList();
    }

    /** The kinds of application the console reviews (those with a {@link ReviewSource}), in their declared order. */
    @RolesAllowed({"REVIEWER", "SUPERVISOR"})
    public List<ApplicationKind> kinds() {
        return sources.stream().map(ReviewSource::kind).sorted().toList();
    }

    /** One application as the console shows it. */
    public ReviewItem item(ApplicationKind kind, Long id) {
        visible(kind, id);
        return source(kind).item(id).orElseThrow(() -> new ReviewItemNotFoundException(kind, id));
    }

    /**
     * The application itself with every field its kind has, for the console's detail view.
     *
     * @throws OwnEnterpriseException when the caller's account belongs to the application's enterprise
     */
    public Application details(ApplicationKind kind, Long id) {
        return application(kind, id);
    }

    /**
     * Whose certificate scans the console shows with the application: a filing's are those of its
     * enterprise's approved 三证合一 record, so the enterprise uploads them once (F-14); every other
     * kind's are its own. Empty for a filing whose enterprise has no approved record any more.
     */
    public Optional<AttachmentOwner> attachmentsOf(ApplicationKind kind, Long id) {
        return attachmentOwners.of(application(kind, id));
    }

    /**
     * Takes a declared application into review (DECLARED → UNDER_REVIEW), assigned to the caller.
     *
     * @throws AlreadyClaimedException when another reviewer has it, also when both claimed at once
     * @throws OwnEnterpriseException when the caller's account belongs to the application's enterprise
     * @throws cn.eport.onboarding.workflow.IllegalTransitionException when it is not declared
     */
    public ReviewItem claim(ApplicationKind kind, Long id) {
        String me = caller();
        Application application = application(kind, id);
        Optional<ReviewAssignment> current = assignment(kind, id);
        if (application.getStatus() == ApplicationStatus.UNDER_REVIEW && current.isPresent()) {
            throw new AlreadyClaimedException(kind, id, current.get().getAssignee());
        }
        // an assignment left from an earlier review round (the application was decided elsewhere)
        current.ifPresent(em::remove);
        workflow.apply(application, WorkflowAction.CLAIM, Actor.REVIEWER, me, null);
        em.persist(new ReviewAssignment(application, me, clock.instant()));
        try {
            // the unique (kind, id) and the application's version refuse the slower of two claims here
            em.flush();
        } catch (PersistenceException e) {
            throw new AlreadyClaimedException(kind, id, null);
        }
        return item(kind, id);
    }

    /** 审核通过 (UNDER_REVIEW → APPROVED), by the assignee only. */
    public ReviewItem approve(ApplicationKind kind, Long id) {
        decide(kind, id, WorkflowAction.APPROVE, null);
        return item(kind, id);
    }

    /**
     * 退回 (UNDER_REVIEW → RETURNED) with a reason the enterprise sees, by the assignee only.
     *
     * @throws ReturnReasonException when the reason is blank or longer than 500 characters
     */
    public ReviewItem returnToEnterprise(ApplicationKind kind, Long id, String reason) {
        return returnToEnterprise(kind, id, reason, List.of());
    }

    /**
     * 退回 with the reviewer's marks on fields and attachments of the application (issue 12), stored
     * in the return's transaction; marks an earlier return left open are replaced.
     *
     * @throws ReturnReasonException when the reason is blank or longer than 500 characters
     * @throws ReturnMarkRefusedException when a mark is on an unknown field or an attachment not shown
     *                                    with the application, is a second one on the same, or its note
     *                                    is blank or too long: nothing is stored
     */
    public ReviewItem returnToEnterprise(ApplicationKind kind, Long id, String reason, List<ReturnMarkInput> marks) {
        decide(kind, id, WorkflowAction.RETURN, reason, application -> {
            if (!marks.isEmpty()) {
                returnMarks.record(application, marks, attachmentsShown(kind, id), caller(), clock.instant());
            }
        });
        return item(kind, id);
    }

    /**
     * Every field of the application's form with its stored value, in the form's order: what the
     * reviewer may mark on a return (its kind's {@code DeclarationSource}).
     */
    public List<DeclaredField> fields(ApplicationKind kind, Long id) {
        return List.copyOf(returnMarks.fieldsOf(application(kind, id)).values());
    }

    /** The attachments the console shows with the application ({@link #attachmentsOf}), in upload order. */
    public List<Attachment> attachmentsShown(ApplicationKind kind, Long id) {
        return attachmentsOf(kind, id).map(owner -> attachmentRepository.of(owner.kind(), owner.id())).orElse(List.of());
    }

    private void decide(ApplicationKind kind, Long id, WorkflowAction action, String reason) {
        decide(kind, id, action, reason, application -> { });
    }

    /** The decision, once the caller is known to hold the application; {@code before} runs first, in its transaction. */
    private void decide(ApplicationKind kind, Long id, WorkflowAction action, String reason, Consumer<Application> before) {
        String me = caller();
        Application application = application(kind, id);
        ApplicationWorkflow.next(application.getStatus(), action, Actor.REVIEWER);
        Optional<ReviewAssignment> assignment = assignment(kind, id);
        ReviewRules.requireAssignee(kind, id, assignment.map(ReviewAssignment::getAssignee).orElse(null), me);
        String why = action == WorkflowAction.RETURN ? ReviewRules.returnReason(kind, id, reason) : null;
        before.accept(application);
        workflow.apply(application, action, Actor.REVIEWER, me, why);
        em.remove(assignment.get());
        try {
            em.flush();
        } catch (PersistenceException e) {
            // decided or released by a concurrent request of the same reviewer
            throw new NotClaimedByYouException(kind, id, me);
        }
    }

    /** The recorded transitions of an application, oldest first. */
    public List<HistoryEntry> history(ApplicationKind kind, Long id) {
        return workflow.history(kind, application(kind, id).getId());
    }

    /**
     * The audit entries about an application and about its files (uploads, downloads, deletions, also
     * of files deleted since), newest first (R-8: visible to reviewers per application).
     */
    public List<AuditEvent> auditTrail(ApplicationKind kind, Long id) {
        Long applicationId = application(kind, id).getId();
        List<AuditEvent> events = new ArrayList<>(audit.about(kind.name(), String.valueOf(applicationId)));
        events.addAll(audit.aboutPartsOf(new AuditParent(kind.name(), String.valueOf(applicationId)),
                AttachmentService.SUBJECT_TYPE));
        events.sort(AuditTrail.NEWEST_FIRST);
        return events;
    }

    /** The actions the state machine allows a reviewer on an application in this status (pages render buttons from it). */
    public Set<WorkflowAction> allowedActions(ApplicationStatus status) {
        return ApplicationWorkflow.allowedActions(status, Actor.REVIEWER);
    }

    /**
     * The actions the caller may take on this application: the state machine, the assignee and the
     * own-enterprise rules; none for a supervisor, who sees the queue read-only (ADR 0029).
     */
    @RolesAllowed({"REVIEWER", "SUPERVISOR"})
    public Set<WorkflowAction> allowedActions(ReviewItem item) {
        if (!session.isCallerInRole("REVIEWER")) {
            return Set.of();
        }
        return ReviewRules.allowedActions(item, caller(), callerEnterpriseUscc());
    }

    /** True when the caller's account belongs to the application's enterprise, so they may not review it. */
    public boolean isOwnEnterprise(ReviewItem item) {
        String uscc = callerEnterpriseUscc();
        return uscc != null && uscc.equals(item.enterpriseUscc());
    }

    private Application application(ApplicationKind kind, Long id) {
        Application application = visible(kind, id);
        ReviewRules.refuseOwnEnterprise(kind, id, callerEnterpriseUscc(), application.getEnterpriseUscc());
        return application;
    }

    /**
     * The application if reviewers may see it (declared at least once); otherwise, as for an id or a
     * kind the console does not know, the audited "not found".
     */
    private Application visible(ApplicationKind kind, Long id) {
        Optional<Application> found = id == null ? Optional.empty()
                : sourceOf(kind).flatMap(s -> s.find(id));
        return ApplicationWorkflow.visible(found, Actor.REVIEWER).orElseThrow(() -> {
            if (kind != null && id != null) {
                refusals.notFound(kind.name(), id, found.map(Application::getEnterpriseUscc).orElse(null));
            }
            return new ReviewItemNotFoundException(kind, id);
        });
    }

    private Optional<ReviewAssignment> assignment(ApplicationKind kind, Long id) {
        return em.createQuery("SELECT a FROM ReviewAssignment a WHERE a.kind = :kind AND a.applicationId = :id", ReviewAssignment.class)
                .setParameter("kind", kind).setParameter("id", id).getResultStream().findFirst();
    }

    private ReviewSource source(ApplicationKind kind) {
        return sourceOf(kind).orElseThrow(() -> new ReviewItemNotFoundException(kind, null));
    }

    private Optional<ReviewSource> sourceOf(ApplicationKind kind) {
        return sources.stream().filter(s -> s.kind() == kind).findFirst();
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    private String callerEnterpriseUscc() {
        return accounts.enterpriseOf(caller()).map(Enterprise::getUscc).orElse(null);
    }
}
