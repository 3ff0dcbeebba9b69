package cn.eport.onboarding.mofcom;

import cn.eport.onboarding.codetable.CodeTable;
import cn.eport.onboarding.codetable.CodeTableService;
import cn.eport.onboarding.directory.FilingKind;
import cn.eport.onboarding.enterprise.Enterprise;
import cn.eport.onboarding.enterprise.EnterpriseRegistration;
import cn.eport.onboarding.enterprise.RegistrationDetails;
import cn.eport.onboarding.filing.FilingService;
import cn.eport.onboarding.mofcom.MofcomFilingRules.Problem;
import cn.eport.onboarding.time.BusinessCalendar;
import cn.eport.onboarding.workflow.ApplicationKind;
import cn.eport.onboarding.workflow.WorkflowAction;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * 企业商务部备案申请 for enterprise users (F-20..F-23): the enterprise's one 对外贸易经营者备案登记表,
 * with the preconditions of F-21 (joined through 三证合一; no unfinished three-level filing in the old
 * system) checked when the page opens and again at 申报, and approval at once on 申报 (F-22), which
 * assigns its 备案登记表编号 ({@link MofcomFilingNumbers}). Every method is scoped to the caller's
 * enterprise (see {@link FilingService}).
 */
@Stateless
@LocalBean
@RolesAllowed("ENTERPRISE")
public class MofcomFilingService extends FilingService<MofcomFiling, MofcomDetails, Problem> {

    @Inject
    private CodeTableService codeTables;

    private final Steps steps = new Steps() {

        @Override
        public Class<MofcomFiling> type() {
            return MofcomFiling.class;
        }

        @Override
        public MofcomFilingNotFoundException notFound(Long id) {
            return new MofcomFilingNotFoundException(id);
        }

        /** What the enterprise and its 三证合一 record state is the filing's, whatever the browser sent. */
        @Override
        public MofcomDetails prepared(MofcomDetails input, Enterprise enterprise) {
            return MofcomBackFill.applied(MofcomFilingRules.normalized(input), enterprise, registrationDetails(enterprise.getUscc()));
        }

        @Override
        public List<Problem> problems(MofcomDetails details, WorkflowAction action) {
            LocalDate today = BusinessCalendar.today(clock);
            List<Problem> problems = new ArrayList<>(action == WorkflowAction.DECLARE
                    ? MofcomFilingRules.forDeclaration(details, today) : MofcomFilingRules.forDraft(details, today));
            boolean authorityChecked = problems.stream().anyMatch(p -> p.field() == MofcomFilingRules.Field.AUTHORITY);
            if (!authorityChecked && details.getAuthorityCode() != null
                    && codeTables.findActive(CodeTable.MOFCOM_AUTHORITY, details.getAuthorityCode()).isEmpty()) {
                problems.add(new Problem(MofcomFilingRules.Field.AUTHORITY, MofcomFilingRules.UNKNOWN_CODE));
                problems.sort(Comparator.comparing(Problem::field));
            }
            return problems;
        }

        @Override
        public MofcomFiling create(Enterprise enterprise, String requestToken, Instant now) {
            return new MofcomFiling(enterprise, requestToken, now);
        }

        @Override
        public void apply(MofcomFiling filing, MofcomDetails details, String requestToken, Instant now) {
            filing.replaceDetails(details, requestToken, now);
        }

        /** F-22: 商务部备案 is approved as soon as it is declared. */
        @Override
        protected boolean approvedAtOnce(MofcomFiling filing) {
            return true;
        }
    };

    @Override
    protected ApplicationKind kind() {
        return ApplicationKind.MOFCOM_FILING;
    }

    @Override
    protected FilingKind filingKind() {
        return FilingKind.MOFCOM;
    }

    @Override
    protected Steps steps() {
        return steps;
    }

    /** The fields the form shows grey and read-only: what the server takes from the enterprise and its 三证合一 record. */
    public Set<MofcomFilingRules.Field> backFilledFields() {
        return MofcomBackFill.fields(registrationDetails(callerEnterprise().getUscc()));
    }

    /** A new form: the back-filled fields already set, as they will be stored. */
    public MofcomDetails newDetails() {
        Enterprise enterprise = callerEnterprise();
        return MofcomBackFill.applied(new MofcomDetails(), enterprise, registrationDetails(enterprise.getUscc()));
    }

    private RegistrationDetails registrationDetails(String uscc) {
        return joinedRegistration(uscc).map(EnterpriseRegistration::getDetails).orElse(null);
    }
}
