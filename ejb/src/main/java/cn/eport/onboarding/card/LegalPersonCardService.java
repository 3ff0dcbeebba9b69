package cn.eport.onboarding.card;

import cn.eport.onboarding.account.AccountRepository;
import cn.eport.onboarding.codetable.CodeTable;
import cn.eport.onboarding.codetable.CodeTableService;
import cn.eport.onboarding.enterprise.ConcurrentChangeException;
import cn.eport.onboarding.enterprise.Enterprise;
import cn.eport.onboarding.enterprise.EnterpriseApplicationStore;
import cn.eport.onboarding.enterprise.OwnApplications;
import cn.eport.onboarding.enterprise.RegistrationService;
import cn.eport.onboarding.enterprise.SaveOutcome;
import cn.eport.onboarding.enterprise.SubmissionSteps;
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

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * 补办法人卡 for enterprise users (F-60, F-61). Every query and change is scoped to the caller's own
 * enterprise, found from the logged-in account; ids from the browser are only ever looked up within
 * that scope, so another enterprise's application is "not found". The card is issued by the 发卡机构
 * of the enterprise's 主管海关: the one of its 三证合一 record where it has one, else the one the
 * user chooses.
 */
@Stateless
@LocalBean
@RolesAllowed("ENTERPRISE")
public class LegalPersonCardService implements OwnApplications<LegalPersonCard, CardDetails, LegalPersonCardRules.Problem> {

    private static final ApplicationKind KIND = ApplicationKind.LEGAL_PERSON_CARD;

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
    private RegistrationService registrations;

    @Inject
    private Clock clock;

    /** The caller's enterprise: the tenant every method works in. */
    public Enterprise callerEnterprise() {
        return accounts.requireEnterpriseOf(caller());
    }

    /** One of the caller's applications. */
    @Override
    public LegalPersonCard find(Long id) {
        return find(id, callerEnterprise().getUscc());
    }

    private LegalPersonCard find(Long id, String uscc) {
        return store.find(LegalPersonCard.class, id, uscc, LegalPersonCardNotFoundException::new);
    }

    /**
     * The 主管海关 of the caller's 三证合一 record: of the latest approved one, else of the one changed
     * last; empty when the enterprise has none naming a district. Where present it is the card's
     * district and the form shows it read-only.
     */
    public Optional<String> registeredCustomsDistrict() {
        return registeredCustomsDistrict(callerEnterprise().getUscc());
    }

    private Optional<String> registeredCustomsDistrict(String uscc) {
        String from = "SELECT r.details.customsDistrictCode FROM EnterpriseRegistration r"
                + " WHERE r.enterpriseUscc = :uscc AND r.details.customsDistrictCode IS NOT NULL";
        Optional<String> approved = em.createQuery(from + " AND r.status = :approved ORDER BY r.statusChangedAt DESC, r.id DESC", String.class)
                .setParameter("uscc", uscc).setParameter("approved", ApplicationStatus.APPROVED)
                .setMaxResults(1).getResultStream().findFirst();
        return approved.isPresent() ? approved : em.createQuery(from + " ORDER BY r.updatedAt DESC, r.id DESC", String.class)
                .setParameter("uscc", uscc).setMaxResults(1).getResultStream().findFirst();
    }

    /** 发卡机构代码 of a 主管海关, as on the 三证合一 form: empty if unknown. */
    public Optional<String> cardIssuerOf(String customsDistrictCode) {
        return registrations.cardIssuerOf(customsDistrictCode);
    }

    @Override
    public Set<WorkflowAction> allowedActions(LegalPersonCard card) {
        return ApplicationWorkflow.allowedActions(card.getStatus(), Actor.OWNER);
    }

    /**
     * 暂存 ({@link WorkflowAction#SAVE_DRAFT}) or 申报 ({@link WorkflowAction#DECLARE}) a new application
     * ({@code id == null}) or an existing one at the version the form was opened with. The request
     * token identifies this submission: sent again, it changes nothing and reports the state it made.
     *
     * @throws ConcurrentChangeException when the application changed since the form was opened
     * @throws LegalPersonCardNotFoundException when it is not one of the caller's
     * @throws cn.eport.onboarding.workflow.IllegalTransitionException when its status does not allow the action
     */
    @Override
    public SaveOutcome<LegalPersonCardRules.Problem> save(Long id, long expectedVersion, String requestToken, CardDetails input, WorkflowAction action) {
        return store.save(steps, callerEnterprise(), id, expectedVersion, requestToken, input, action, caller(), clock.instant());
    }

    @Override
    public List<LegalPersonCardRules.Problem> problems(CardDetails details, WorkflowAction action) {
        return store.problems(steps, callerEnterprise(), details, action);
    }

    /** What 补办法人卡 adds to every kind's 暂存/申报. */
    private final SubmissionSteps<LegalPersonCard, CardDetails, LegalPersonCardRules.Problem> steps = new SubmissionSteps<>() {

        @Override
        public Class<LegalPersonCard> type() {
            return LegalPersonCard.class;
        }

        @Override
        public LegalPersonCardNotFoundException notFound(Long id) {
            return new LegalPersonCardNotFoundException(id);
        }

        /** The district of the enterprise's 三证合一 record, where it has one, is the card's. */
        @Override
        public CardDetails prepared(CardDetails input, Enterprise enterprise) {
            CardDetails details = LegalPersonCardRules.normalized(input, clock);
            registeredCustomsDistrict(enterprise.getUscc()).ifPresent(details::setCustomsDistrictCode);
            details.setCardIssuerCode(cardIssuerOf(details.getCustomsDistrictCode()).orElse(null));
            return details;
        }

        @Override
        public List<LegalPersonCardRules.Problem> problems(CardDetails details, WorkflowAction action) {
            List<LegalPersonCardRules.Problem> problems = new ArrayList<>(action == WorkflowAction.DECLARE
                    ? LegalPersonCardRules.forDeclaration(details, clock) : LegalPersonCardRules.forDraft(details, clock));
            unknownCodes(details).stream().filter(u -> problems.stream().noneMatch(p -> p.field() == u.field())).forEach(problems::add);
            problems.sort(Comparator.comparing(LegalPersonCardRules.Problem::field));
            return problems;
        }

        @Override
        public LegalPersonCard create(Enterprise enterprise, String requestToken, Instant now) {
            return new LegalPersonCard(enterprise, requestToken, now);
        }

        @Override
        public void apply(LegalPersonCard card, CardDetails details, String requestToken, Instant now) {
            card.replaceDetails(details, requestToken, now);
        }
    };

    /** 删除: a draft only, after the user confirmed; it is gone for good, with its attachments. */
    @Override
    public void delete(Long id, long expectedVersion) {
        store.delete(find(id), expectedVersion, caller());
    }

    @Override
    public List<HistoryEntry> history(Long id) {
        return workflow.history(KIND, find(id).getId());
    }

    /** The reviewer's reason, shown at the top of the form and the view of a returned application. */
    @Override
    public Optional<String> returnReason(Long id) {
        return workflow.latestReturnReason(KIND, find(id).getId());
    }

    /** Codes that are not active entries of their code table (R-2: only active codes may be chosen). */
    private List<LegalPersonCardRules.Problem> unknownCodes(CardDetails d) {
        List<LegalPersonCardRules.Problem> problems = new ArrayList<>();
        if (d.getIdTypeCode() != null && codeTables.findActive(CodeTable.ID_TYPE, d.getIdTypeCode()).isEmpty()) {
            problems.add(new LegalPersonCardRules.Problem(LegalPersonCardRules.Field.ID_TYPE, LegalPersonCardRules.UNKNOWN_CODE));
        }
        if (d.getCustomsDistrictCode() != null && codeTables.findActive(CodeTable.CUSTOMS_DISTRICT, d.getCustomsDistrictCode()).isEmpty()) {
            problems.add(new LegalPersonCardRules.Problem(LegalPersonCardRules.Field.CUSTOMS_DISTRICT, LegalPersonCardRules.UNKNOWN_CODE));
        }
        return problems;
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
