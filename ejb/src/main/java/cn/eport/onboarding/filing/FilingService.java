package cn.eport.onboarding.filing;

import cn.eport.onboarding.account.AccountRepository;
import cn.eport.onboarding.directory.FilingKind;
import cn.eport.onboarding.directory.RegistryDirectory;
import cn.eport.onboarding.directory.RegistryRecord;
import cn.eport.onboarding.enterprise.Enterprise;
import cn.eport.onboarding.enterprise.EnterpriseApplicationStore;
import cn.eport.onboarding.enterprise.EnterpriseRegistration;
import cn.eport.onboarding.enterprise.FieldProblem;
import cn.eport.onboarding.enterprise.OwnApplications;
import cn.eport.onboarding.enterprise.SaveOutcome;
import cn.eport.onboarding.enterprise.SubmissionSteps;
import cn.eport.onboarding.workflow.Actor;
import cn.eport.onboarding.workflow.ApplicationKind;
import cn.eport.onboarding.workflow.ApplicationWorkflow;
import cn.eport.onboarding.workflow.HistoryEntry;
import cn.eport.onboarding.workflow.WorkflowAction;
import cn.eport.onboarding.workflow.WorkflowService;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the three filings' services share (F-20..F-43): the enterprise's one filing of the kind, its
 * preconditions for the page and again at 申报, one filing per enterprise refused on the server, and
 * automatic approval where the kind's rules allow it. A kind's service (a stateless EJB with
 * {@code @LocalBean} and {@code @RolesAllowed("ENTERPRISE")}) names its entity and kinds and gives its
 * {@link Steps}: its fields, rules and, after 申报, whether it is approved at once. The role is named
 * here too: a class's {@code @RolesAllowed} covers only the methods that class declares, not the ones
 * it inherits from this base.
 */
@RolesAllowed("ENTERPRISE")
public abstract class FilingService<A extends Filing, D, P extends FieldProblem> implements OwnApplications<A, D, P> {

    @PersistenceContext
    protected EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private AccountRepository accounts;

    @Inject
    protected EnterpriseApplicationStore store;

    @Inject
    protected WorkflowService workflow;

    @Inject
    private FilingPreconditions preconditions;

    @Inject
    private JoinedRegistrations joinedRegistrations;

    @Inject
    protected Clock clock;

    @Inject
    private RegistryDirectory registry;

    protected abstract ApplicationKind kind();

    protected abstract FilingKind filingKind();

    protected abstract Steps steps();

    /** The caller's enterprise: the tenant every method works in. */
    public Enterprise callerEnterprise() {
        return accounts.requireEnterpriseOf(caller());
    }

    /** The enterprise's filing of this kind, if it has started one. */
    public Optional<A> current() {
        return current(callerEnterprise().getUscc());
    }

    private Optional<A> current(String uscc) {
        Class<A> type = steps().type();
        return em.createQuery("SELECT f FROM " + type.getSimpleName() + " f WHERE f.enterpriseUscc = :uscc", type)
                .setParameter("uscc", uscc).getResultStream().findFirst();
    }

    /**
     * The enterprise part of a filing: the caller's latest approved 三证合一 record, shown read-only on
     * the filing's page; empty while the enterprise has not joined (then the check says so).
     */
    public Optional<EnterpriseRegistration> joinedRegistration() {
        return joinedRegistration(callerEnterprise().getUscc());
    }

    /** The latest approved 三证合一 record of the enterprise (a kind copies its district from it in {@code prepared}). */
    protected Optional<EnterpriseRegistration> joinedRegistration(String uscc) {
        return joinedRegistrations.of(uscc);
    }

    /**
     * The 经营范围 the business registry holds for the enterprise, as a suggestion on a new form (the user
     * may change it); empty when the registry holds none, cannot be reached, or the text is longer than
     * the form takes ({@code max}): then the user types it.
     */
    protected Optional<String> registeredBusinessScope(String uscc, int max) {
        return registry.find(uscc).recordIfFound().map(RegistryRecord::businessScope).filter(scope -> scope.length() <= max);
    }

    /** The preconditions of this filing for the caller's enterprise, as the page shows them when it opens. */
    public FilingCheck check() {
        return preconditions.check(filingKind(), callerEnterprise().getUscc());
    }

    @Override
    public A find(Long id) {
        return store.find(steps().type(), id, callerEnterprise().getUscc(), steps()::notFound);
    }

    @Override
    public Set<WorkflowAction> allowedActions(A filing) {
        return ApplicationWorkflow.allowedActions(filing.getStatus(), Actor.OWNER);
    }

    /**
     * 暂存 or 申报; at 申报 the preconditions are checked again and, where the kind's rules allow,
     * the filing is approved at once in the same transaction.
     *
     * @throws FilingRefusedException when a precondition fails, a directory cannot be reached, or the
     *                                enterprise has a filing of this kind already
     */
    @Override
    public SaveOutcome<P> save(Long id, long expectedVersion, String requestToken, D details, WorkflowAction action) {
        try {
            return store.save(steps(), callerEnterprise(), id, expectedVersion, requestToken, details, action, caller(), clock.instant());
        } catch (PersistenceException e) {
            if (id == null && UniqueKeyViolation.causes(e)) {
                // two first saves of the same enterprise at once (two tabs, a double click): the other one won
                throw new FilingRefusedException(FilingCheck.blocked(FilingObstacle.ALREADY_FILED));
            }
            throw e;
        }
    }

    @Override
    public List<P> problems(D details, WorkflowAction action) {
        return store.problems(steps(), callerEnterprise(), details, action);
    }

    @Override
    public void delete(Long id, long expectedVersion) {
        store.delete(find(id), expectedVersion, caller());
    }

    @Override
    public List<HistoryEntry> history(Long id) {
        return workflow.history(kind(), find(id).getId());
    }

    @Override
    public Optional<String> returnReason(Long id) {
        return workflow.latestReturnReason(kind(), find(id).getId());
    }

    protected String caller() {
        return session.getCallerPrincipal().getName();
    }

    /** A filing kind's part of 暂存/申报: the shared admission, and automatic approval when {@link #approvedAtOnce} says so. */
    protected abstract class Steps implements SubmissionSteps<A, D, P> {

        /** One filing per enterprise; at 申报 the preconditions (nothing is stored when one fails). */
        @Override
        public void admit(EnterpriseApplicationStore.Submission<A> submission, Enterprise enterprise, WorkflowAction action) {
            if (submission.isNew() && current(enterprise.getUscc()).isPresent()) {
                throw new FilingRefusedException(FilingCheck.blocked(FilingObstacle.ALREADY_FILED));
            }
            if (action == WorkflowAction.DECLARE) {
                preconditions.require(filingKind(), enterprise.getUscc());
            }
        }

        /**
         * Whether a filing just declared is approved without a reviewer (F-22: always for 商务部; F-42:
         * for 外汇 when it matches the forex enterprise directory). Default: it goes to review.
         */
        protected boolean approvedAtOnce(A filing) {
            return false;
        }

        @Override
        public void submitted(A filing, WorkflowAction action, String actor) {
            if (action == WorkflowAction.DECLARE && approvedAtOnce(filing)) {
                workflow.apply(filing, WorkflowAction.APPROVE, Actor.SYSTEM, WorkflowService.SYSTEM_ACTOR, null);
            }
        }
    }
}
