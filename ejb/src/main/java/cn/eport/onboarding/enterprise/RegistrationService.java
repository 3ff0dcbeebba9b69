package cn.eport.onboarding.enterprise;

import cn.eport.onboarding.account.AccountRepository;
import cn.eport.onboarding.codetable.CodeTable;
import cn.eport.onboarding.codetable.CodeTableService;
import cn.eport.onboarding.directory.RegistryDirectory;
import cn.eport.onboarding.time.BusinessCalendar;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * 三证合一 for enterprise users (F-10..F-17). Every query and change is scoped to the caller's own
 * enterprise, found from the logged-in account; ids from the browser are only ever looked up
 * within that scope, so another enterprise's record is "not found".
 */
@Stateless
@LocalBean
@RolesAllowed("ENTERPRISE")
public class RegistrationService implements OwnApplications<EnterpriseRegistration, RegistrationDetails, RegistrationRules.Problem> {

    /** Bundle key: the code is not an active entry of its code table. */
    public static final String UNKNOWN_CODE = "registration.error.unknownCode";

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
    private Clock clock;

    @Inject
    private RegistryDirectory registry;

    @Inject
    private CodeTableService codeTables;


    /** The caller's enterprise: the tenant every method works in. */
    public Enterprise callerEnterprise() {
        return accounts.requireEnterpriseOf(session.getCallerPrincipal().getName());
    }

    public List<EnterpriseRegistration> list(RegistrationQuery query, int first, int max) {
        return query("SELECT r", query, EnterpriseRegistration.class, " ORDER BY r.updatedAt DESC, r.id DESC")
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(RegistrationQuery query) {
        return query("SELECT COUNT(r)", query, Long.class, "").getSingleResult();
    }

    private <T> TypedQuery<T> query(String select, RegistrationQuery q, Class<T> type, String order) {
        StringBuilder jpql = new StringBuilder(select + " FROM EnterpriseRegistration r WHERE r.enterpriseUscc = :uscc");
        if (q.status() != null) {
            jpql.append(" AND r.status = :status");
        }
        jpql.append(q.declared().jpqlOn("r.declaredAt"));
        TypedQuery<T> query = em.createQuery(jpql + order, type).setParameter("uscc", callerEnterprise().getUscc());
        if (q.status() != null) {
            query.setParameter("status", q.status());
        }
        q.declared().bind(query);
        return query;
    }

    /** One of the caller's records. */
    @Override
    public EnterpriseRegistration find(Long id) {
        return find(id, callerEnterprise().getUscc());
    }

    private EnterpriseRegistration find(Long id, String uscc) {
        return store.find(EnterpriseRegistration.class, id, uscc, RegistrationNotFoundException::new);
    }

    /** What the business registry knows of the caller's enterprise, for a new record (F-12). */
    public BackFill backFill() {
        return BackFill.from(registry.find(callerEnterprise().getUscc()));
    }

    /** 发卡机构代码 of a 主管海关 (F-13): derived from the customs district table, empty if unknown. */
    public Optional<String> cardIssuerOf(String customsDistrictCode) {
        return customsDistrictCode == null || customsDistrictCode.isBlank() ? Optional.empty()
                : codeTables.findActive(CodeTable.CUSTOMS_DISTRICT, customsDistrictCode.strip())
                .map(e -> e.getCardIssuerCode());
    }

    @Override
    public Set<WorkflowAction> allowedActions(EnterpriseRegistration registration) {
        return ApplicationWorkflow.allowedActions(registration.getStatus(), Actor.OWNER);
    }

    /**
     * 暂存 ({@link WorkflowAction#SAVE_DRAFT}) or 申报 ({@link WorkflowAction#DECLARE}) a new record
     * ({@code id == null}) or an existing one at the version the form was opened with. The request
     * token identifies this submission: sent again, it changes nothing and reports the state it made.
     * A new record's form uses its request token as its staging key too: the files uploaded while
     * it was entered are attached to the record in the same transaction (docs/adr/0011-attachment-staging.md).
     */
    @Override
    public SaveOutcome<RegistrationRules.Problem> save(Long id, long expectedVersion, String requestToken, RegistrationDetails input, WorkflowAction action) {
        return store.save(steps, callerEnterprise(), id, expectedVersion, requestToken, input, action,
                session.getCallerPrincipal().getName(), clock.instant());
    }

    @Override
    public List<RegistrationRules.Problem> problems(RegistrationDetails details, WorkflowAction action) {
        return store.problems(steps, callerEnterprise(), details, action);
    }

    /** What 三证合一 adds to every kind's 暂存/申报. */
    private final SubmissionSteps<EnterpriseRegistration, RegistrationDetails, RegistrationRules.Problem> steps = new SubmissionSteps<>() {

        @Override
        public Class<EnterpriseRegistration> type() {
            return EnterpriseRegistration.class;
        }

        @Override
        public RegistrationNotFoundException notFound(Long id) {
            return new RegistrationNotFoundException(id);
        }

        @Override
        public RegistrationDetails prepared(RegistrationDetails input, Enterprise enterprise) {
            RegistrationDetails details = RegistrationRules.normalized(input);
            details.setCardIssuerCode(cardIssuerOf(details.getCustomsDistrictCode()).orElse(null));
            return details;
        }

        @Override
        public List<RegistrationRules.Problem> problems(RegistrationDetails details, WorkflowAction action) {
            LocalDate today = BusinessCalendar.today(clock);
            List<RegistrationRules.Problem> problems = new ArrayList<>(action == WorkflowAction.DECLARE
                    ? RegistrationRules.forDeclaration(details, today) : RegistrationRules.forDraft(details, today));
            unknownCodes(details).stream().filter(u -> problems.stream().noneMatch(p -> p.field() == u.field())).forEach(problems::add);
            problems.sort(Comparator.comparing(RegistrationRules.Problem::field));
            return problems;
        }

        @Override
        public EnterpriseRegistration create(Enterprise enterprise, String requestToken, Instant now) {
            return new EnterpriseRegistration(enterprise, requestToken, now);
        }

        @Override
        public void apply(EnterpriseRegistration registration, RegistrationDetails details, String requestToken, Instant now) {
            registration.replaceDetails(details, requestToken, now);
        }
    };

    /** 删除: a draft only, after the user confirmed; it is gone for good. */
    @Override
    public void delete(Long id, long expectedVersion) {
        store.delete(find(id), expectedVersion, session.getCallerPrincipal().getName());
    }

    @Override
    public List<HistoryEntry> history(Long id) {
        return workflow.history(ApplicationKind.ENTERPRISE_REGISTRATION, find(id).getId());
    }

    /** The reviewer's reason, shown at the top of the form of a returned record. */
    @Override
    public Optional<String> returnReason(Long id) {
        return workflow.latestReturnReason(ApplicationKind.ENTERPRISE_REGISTRATION, find(id).getId());
    }

    /** The reviewers' reasons of those of the caller's records that are returned now, by id (the list shows them, F-16). */
    public Map<Long, String> returnReasons(List<EnterpriseRegistration> records) {
        List<Long> returned = records.stream().filter(r -> r.getStatus() == ApplicationStatus.RETURNED)
                .map(EnterpriseRegistration::getId).toList();
        return workflow.latestReturnReasons(ApplicationKind.ENTERPRISE_REGISTRATION, callerEnterprise().getUscc(), returned);
    }

    /** Codes that are not active entries of their code table (R-2: only active codes may be chosen). */
    private List<RegistrationRules.Problem> unknownCodes(RegistrationDetails d) {
        java.util.Map<RegistrationRules.Field, java.util.Map.Entry<CodeTable, String>> codes = new java.util.EnumMap<>(RegistrationRules.Field.class);
        put(codes, RegistrationRules.Field.LEGAL_PERSON_TYPE, CodeTable.LEGAL_PERSON_TYPE, d.getLegalPersonType());
        put(codes, RegistrationRules.Field.ENTERPRISE_TYPE, CodeTable.ENTERPRISE_TYPE, d.getEnterpriseType());
        put(codes, RegistrationRules.Field.BUSINESS_AUTHORITY, CodeTable.BUSINESS_REGISTRATION_AUTHORITY, d.getBusinessAuthorityCode());
        put(codes, RegistrationRules.Field.TAX_AUTHORITY, CodeTable.TAX_AUTHORITY, d.getTaxAuthorityCode());
        put(codes, RegistrationRules.Field.QUALITY_AUTHORITY, CodeTable.QUALITY_SUPERVISION_AUTHORITY, d.getQualityAuthorityCode());
        put(codes, RegistrationRules.Field.CAPITAL_UNIT, CodeTable.CAPITAL_UNIT, d.getCapitalUnit());
        put(codes, RegistrationRules.Field.ENTERPRISE_STATUS, CodeTable.ENTERPRISE_STATUS, d.getEnterpriseStatus());
        put(codes, RegistrationRules.Field.CUSTOMS_DISTRICT, CodeTable.CUSTOMS_DISTRICT, d.getCustomsDistrictCode());
        return codes.entrySet().stream()
                .filter(e -> codeTables.findActive(e.getValue().getKey(), e.getValue().getValue()).isEmpty())
                .map(e -> new RegistrationRules.Problem(e.getKey(), UNKNOWN_CODE))
                .toList();
    }

    private static void put(java.util.Map<RegistrationRules.Field, java.util.Map.Entry<CodeTable, String>> codes,
                            RegistrationRules.Field field, CodeTable table, String code) {
        if (code != null) {
            codes.put(field, java.util.Map.entry(table, code));
        }
    }
}
