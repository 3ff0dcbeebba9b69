package cn.eport.onboarding.operator;

import cn.eport.onboarding.account.AccountRepository;
import cn.eport.onboarding.codetable.CodeTable;
import cn.eport.onboarding.codetable.CodeTableService;
import cn.eport.onboarding.enterprise.Enterprise;
import cn.eport.onboarding.enterprise.EnterpriseApplicationStore;
import cn.eport.onboarding.enterprise.EnterpriseRegistration;
import cn.eport.onboarding.enterprise.OwnApplications;
import cn.eport.onboarding.enterprise.SaveOutcome;
import cn.eport.onboarding.enterprise.SubmissionSteps;
import cn.eport.onboarding.filing.UniqueKeyViolation;
import cn.eport.onboarding.workflow.Actor;
import cn.eport.onboarding.workflow.ApplicationKind;
import cn.eport.onboarding.workflow.ApplicationStatus;
import cn.eport.onboarding.workflow.ApplicationWorkflow;
import cn.eport.onboarding.workflow.HistoryEntry;
import cn.eport.onboarding.workflow.WorkflowAction;
import cn.eport.onboarding.workflow.WorkflowService;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.LocalBean;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

/**
 * 操作员信息预录入 for enterprise users (F-50..F-53): the enterprise's own operators only, listed with
 * paging in the database; 暂存/申报 through the flow of every kind ({@link EnterpriseApplicationStore})
 * once the enterprise has saved a 三证合一 record (F-51); one entry per person (证件类别 + 证件号码) and
 * enterprise, also a unique key of the table; many drafts at once for a bulk import, all or nothing.
 * Every field rule is {@link OperatorRules}', the same for the form and for an import's rows.
 */
@Stateless
@LocalBean
@RolesAllowed("ENTERPRISE")
public class OperatorService implements OwnApplications<Operator, OperatorDetails, OperatorRules.Problem> {

    private static final ApplicationKind KIND = ApplicationKind.OPERATOR;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private AccountRepository accounts;

    @Inject
    private WorkflowService workflow;

    @Inject
    private EnterpriseApplicationStore store;

    @Inject
    private CodeTableService codeTables;

    @Inject
    private Clock clock;

    /** The caller's enterprise: the tenant every method works in. */
    public Enterprise callerEnterprise() {
        return accounts.requireEnterpriseOf(caller());
    }

    /**
     * The caller's 三证合一 record the operators' enterprise fields come from (F-51): the latest approved
     * one, else the one changed last (a draft is enough); empty when it has saved none, and then no
     * operator may be entered.
     */
    public Optional<EnterpriseRegistration> registration() {
        return registration(callerEnterprise().getUscc());
    }

    private Optional<EnterpriseRegistration> registration(String uscc) {
        String from = "SELECT r FROM EnterpriseRegistration r WHERE r.enterpriseUscc = :uscc";
        Optional<EnterpriseRegistration> approved = em.createQuery(from + " AND r.status = :approved"
                        + " ORDER BY r.statusChangedAt DESC, r.id DESC", EnterpriseRegistration.class)
                .setParameter("uscc", uscc).setParameter("approved", ApplicationStatus.APPROVED)
                .setMaxResults(1).getResultStream().findFirst();
        return approved.isPresent() ? approved : em.createQuery(from + " ORDER BY r.updatedAt DESC, r.id DESC", EnterpriseRegistration.class)
                .setParameter("uscc", uscc).setMaxResults(1).getResultStream().findFirst();
    }

    private EnterpriseRegistration requireRegistration(String uscc) {
        return registration(uscc).orElseThrow(() -> new OperatorRefusedException(OperatorRefusedException.Reason.NO_REGISTRATION));
    }

    /** One page of the caller's operators matching the query, newest change first (F-50). */
    public List<Operator> list(OperatorQuery query, int first, int max) {
        return query("SELECT r", query, Operator.class, " ORDER BY r.updatedAt DESC, r.id DESC")
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    /** How many of the caller's operators match the query. */
    public long count(OperatorQuery query) {
        return query("SELECT COUNT(r)", query, Long.class, "").getSingleResult();
    }

    private <T> TypedQuery<T> query(String select, OperatorQuery q, Class<T> type, String order) {
        StringBuilder jpql = new StringBuilder(select + " FROM Operator r WHERE r.enterpriseUscc = :uscc");
        if (q.idNumber() != null) {
            jpql.append(" AND r.details.idNumber LIKE :number ESCAPE '\\'");
        }
        if (q.name() != null) {
            jpql.append(" AND r.details.name LIKE :name ESCAPE '\\'");
        }
        if (q.status() != null) {
            jpql.append(" AND r.status = :status");
        }
        TypedQuery<T> query = em.createQuery(jpql + order, type).setParameter("uscc", callerEnterprise().getUscc());
        if (q.idNumber() != null) {
            query.setParameter("number", likeEscaped(q.idNumber()) + "%");
        }
        if (q.name() != null) {
            query.setParameter("name", "%" + likeEscaped(q.name()) + "%");
        }
        if (q.status() != null) {
            query.setParameter("status", q.status());
        }
        return query;
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    @Override
    public Operator find(Long id) {
        return store.find(Operator.class, id, callerEnterprise().getUscc(), OperatorNotFoundException::new);
    }

    @Override
    public Set<WorkflowAction> allowedActions(Operator operator) {
        return ApplicationWorkflow.allowedActions(operator.getStatus(), Actor.OWNER);
    }

    /**
     * 暂存 or 申报 of a new operator ({@code id == null}) or one of the caller's at the version its form
     * was opened with.
     *
     * @throws OperatorRefusedException when the enterprise has no 三证合一 record, or the same person was
     *                                  stored at the same moment by another request
     */
    @Override
    public SaveOutcome<OperatorRules.Problem> save(Long id, long expectedVersion, String requestToken, OperatorDetails details,
                                                   WorkflowAction action) {
        try {
            return store.save(new Steps(id), callerEnterprise(), id, expectedVersion, requestToken, details, action, caller(),
                    clock.instant());
        } catch (RuntimeException e) {
            // the insert refused by the unique key: at the store's flush, or inside the attachment service's
            // call that the new row's flush precedes (then the container wraps it as a rolled-back EJB call)
            throw duplicateOr(e);
        }
    }

    /** The rules' problems without storing anything; the duplicate check needs the stored entry and is left to {@link #save}. */
    @Override
    public List<OperatorRules.Problem> problems(OperatorDetails details, WorkflowAction action) {
        Enterprise enterprise = callerEnterprise();
        return fieldProblems(prepared(details, enterprise.getUscc()).toInput(), action == WorkflowAction.DECLARE, new HashMap<>());
    }

    /**
     * The problems of each of these operators as drafts of the caller's enterprise, by index in the list,
     * nothing stored: the rules of {@link OperatorRules}, unknown ID types, and a person entered already
     * (stored for the enterprise, or earlier in the list). Rows without problems are not in the map.
     */
    public SortedMap<Integer, List<OperatorRules.Problem>> checkDrafts(List<OperatorInput> rows) {
        return checkDrafts(rows, callerEnterprise().getUscc());
    }

    private SortedMap<Integer, List<OperatorRules.Problem>> checkDrafts(List<OperatorInput> rows, String uscc) {
        Set<String> people = new HashSet<>(em.createQuery("SELECT CONCAT(r.details.idTypeCode, '/', r.details.idNumber)"
                + " FROM Operator r WHERE r.enterpriseUscc = :uscc AND r.details.idNumber IS NOT NULL", String.class)
                .setParameter("uscc", uscc).getResultList());
        Map<String, Boolean> activeIdTypes = new HashMap<>();
        SortedMap<Integer, List<OperatorRules.Problem>> rejected = new TreeMap<>();
        for (int i = 0; i < rows.size(); i++) {
            OperatorInput row = OperatorRules.normalized(rows.get(i), clock);
            List<OperatorRules.Problem> problems = new ArrayList<>(fieldProblems(row, false, activeIdTypes));
            if (row.idType() != null && row.idNumber() != null && !people.add(row.idType() + "/" + row.idNumber())) {
                problems.add(new OperatorRules.Problem(OperatorRules.Field.ID_NUMBER, OperatorRules.DUPLICATE));
            }
            if (!problems.isEmpty()) {
                problems.sort(Comparator.comparing(OperatorRules.Problem::field));
                rejected.put(i, problems);
            }
        }
        return rejected;
    }

    /**
     * Saves these operators as drafts of the caller's enterprise in one transaction, all or nothing
     * (a bulk import): when any row has a problem ({@link #checkDrafts}) none is stored and the outcome
     * lists them.
     *
     * @throws OperatorRefusedException when the enterprise has no 三证合一 record (F-51), or one of the
     *                                  people was stored at the same moment by another request (nothing stored)
     */
    public DraftsOutcome saveDrafts(List<OperatorInput> rows) {
        Enterprise enterprise = callerEnterprise();
        String district = requireRegistration(enterprise.getUscc()).getDetails().getCustomsDistrictCode();
        SortedMap<Integer, List<OperatorRules.Problem>> rejected = checkDrafts(rows, enterprise.getUscc());
        if (!rejected.isEmpty()) {
            return DraftsOutcome.refused(rejected);
        }
        String actor = caller();
        Instant now = clock.instant();
        List<Operator> created = new ArrayList<>(rows.size());
        try {
            for (OperatorInput row : rows) {
                String token = UUID.randomUUID().toString();
                OperatorDetails details = OperatorDetails.of(OperatorRules.normalized(row, clock));
                details.setCustomsDistrictCode(district);
                Operator operator = new Operator(enterprise, token, now);
                operator.replaceDetails(details, token, now);
                workflow.apply(operator, WorkflowAction.SAVE_DRAFT, Actor.OWNER, actor, null);
                created.add(operator);
            }
            em.flush();
        } catch (RuntimeException e) {
            throw duplicateOr(e);
        }
        return DraftsOutcome.of(created.stream().map(Operator::getId).toList());
    }

    /** 删除: a draft only, after the user confirmed; it is gone for good, with its attachments. */
    @Override
    public void delete(Long id, long expectedVersion) {
        store.delete(find(id), expectedVersion, caller());
    }

    @Override
    public List<HistoryEntry> history(Long id) {
        return workflow.history(KIND, find(id).getId());
    }

    @Override
    public Optional<String> returnReason(Long id) {
        return workflow.latestReturnReason(KIND, find(id).getId());
    }

    private OperatorDetails prepared(OperatorDetails input, String uscc) {
        OperatorDetails details = OperatorDetails.of(OperatorRules.normalized(input.toInput(), clock));
        registration(uscc).ifPresent(r -> details.setCustomsDistrictCode(r.getDetails().getCustomsDistrictCode()));
        return details;
    }

    /** The rules' problems and an ID type that is not an active code of its table, in form order. */
    private List<OperatorRules.Problem> fieldProblems(OperatorInput in, boolean declaration, Map<String, Boolean> activeIdTypes) {
        List<OperatorRules.Problem> problems = new ArrayList<>(OperatorRules.check(in, declaration, clock));
        boolean typeProblem = problems.stream().anyMatch(p -> p.field() == OperatorRules.Field.ID_TYPE);
        if (!typeProblem && in.idType() != null
                && !activeIdTypes.computeIfAbsent(in.idType(), code -> codeTables.findActive(CodeTable.ID_TYPE, code).isPresent())) {
            problems.add(new OperatorRules.Problem(OperatorRules.Field.ID_TYPE, OperatorRules.UNKNOWN_CODE));
            problems.sort(Comparator.comparing(OperatorRules.Problem::field));
        }
        return problems;
    }

    /** Whether another entry of the enterprise (not {@code exceptId}) is this person. */
    private boolean isEnteredAlready(String uscc, String idType, String idNumber, Long exceptId) {
        return !em.createQuery("SELECT r.id FROM Operator r WHERE r.enterpriseUscc = :uscc AND r.details.idTypeCode = :type"
                        + " AND r.details.idNumber = :number", Long.class)
                .setParameter("uscc", uscc).setParameter("type", idType).setParameter("number", idNumber)
                .getResultStream().filter(found -> !found.equals(exceptId)).findAny().isEmpty();
    }

    private static RuntimeException duplicateOr(RuntimeException e) {
        return UniqueKeyViolation.causes(e) ? new OperatorRefusedException(OperatorRefusedException.Reason.DUPLICATE) : e;
    }

    /** What an operator adds to every kind's 暂存/申报, for one submission (a new entry, or the entry {@code editing}). */
    private final class Steps implements SubmissionSteps<Operator, OperatorDetails, OperatorRules.Problem> {

        private final Long editing;
        private String uscc;

        Steps(Long editing) {
            this.editing = editing;
        }

        @Override
        public Class<Operator> type() {
            return Operator.class;
        }

        @Override
        public OperatorNotFoundException notFound(Long id) {
            return new OperatorNotFoundException(id);
        }

        /** F-51: only once the enterprise has saved a 三证合一 record. */
        @Override
        public void admit(EnterpriseApplicationStore.Submission<Operator> submission, Enterprise enterprise, WorkflowAction action) {
            requireRegistration(enterprise.getUscc());
        }

        @Override
        public OperatorDetails prepared(OperatorDetails input, Enterprise enterprise) {
            uscc = enterprise.getUscc();
            return OperatorService.this.prepared(input, uscc);
        }

        @Override
        public List<OperatorRules.Problem> problems(OperatorDetails details, WorkflowAction action) {
            List<OperatorRules.Problem> problems = new ArrayList<>(fieldProblems(details.toInput(), action == WorkflowAction.DECLARE,
                    new HashMap<>()));
            boolean numberProblem = problems.stream().anyMatch(p -> p.field() == OperatorRules.Field.ID_NUMBER);
            if (!numberProblem && details.getIdTypeCode() != null && details.getIdNumber() != null
                    && isEnteredAlready(uscc, details.getIdTypeCode(), details.getIdNumber(), editing)) {
                problems.add(new OperatorRules.Problem(OperatorRules.Field.ID_NUMBER, OperatorRules.DUPLICATE));
                problems.sort(Comparator.comparing(OperatorRules.Problem::field));
            }
            return problems;
        }

        @Override
        public Operator create(Enterprise enterprise, String requestToken, Instant now) {
            return new Operator(enterprise, requestToken, now);
        }

        @Override
        public void apply(Operator operator, OperatorDetails details, String requestToken, Instant now) {
            operator.replaceDetails(details, requestToken, now);
        }
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
