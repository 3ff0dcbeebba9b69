package cn.eport.onboarding.forex;

import cn.eport.onboarding.codetable.CodeTable;
import cn.eport.onboarding.codetable.CodeTableService;
import cn.eport.onboarding.directory.FilingKind;
import cn.eport.onboarding.directory.ForexEnterpriseDirectory;
import cn.eport.onboarding.enterprise.Enterprise;
import cn.eport.onboarding.enterprise.EnterpriseRegistration;
import cn.eport.onboarding.filing.FilingRefusedException;
import cn.eport.onboarding.filing.FilingService;
import cn.eport.onboarding.workflow.ApplicationKind;
import cn.eport.onboarding.workflow.WorkflowAction;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * 企业外汇备案授权 for enterprise users (F-40..F-43): the enterprise's one forex filing, scoped to the
 * caller's enterprise like every filing ({@link FilingService}). At 申报 the preconditions of F-41 are
 * checked again, then the filing is compared with the enterprise's entry in the forex enterprise
 * directory: a match is approved at once, anything else goes to review with the comparison kept
 * (F-42, ADR 0017). When the directory cannot be reached the 申报 is refused ("try again later") and
 * nothing is stored.
 */
@Stateless
@LocalBean
@RolesAllowed("ENTERPRISE")
public class ForexFilingService extends FilingService<ForexFiling, ForexFilingDetails, ForexFilingRules.Problem> {

    @Inject
    private CodeTableService codeTables;

    @Inject
    private ForexEnterpriseDirectory directory;

    private final Steps steps = new ForexSteps();

    /**
     * The form of a new filing: 注册地址 from the approved 三证合一 record, and as a suggestion the
     * 经营范围 the business registry holds for the enterprise (blank when it holds none or cannot be
     * reached: the user types it).
     */
    public ForexFilingDetails newDetails() {
        String uscc = callerEnterprise().getUscc();
        ForexFilingDetails details = new ForexFilingDetails();
        joinedRegistration(uscc).ifPresent(r -> details.setRegisteredAddress(r.getDetails().getRegisteredAddress()));
        registeredBusinessScope(uscc, ForexFilingDetails.MAX_BUSINESS_SCOPE).ifPresent(details::setBusinessScope);
        return details;
    }

    @Override
    protected ApplicationKind kind() {
        return ApplicationKind.FOREX_FILING;
    }

    @Override
    protected FilingKind filingKind() {
        return FilingKind.FOREX;
    }

    @Override
    protected Steps steps() {
        return steps;
    }

    /** What the forex filing adds to every filing's 暂存/申报. */
    private final class ForexSteps extends Steps {

        @Override
        public Class<ForexFiling> type() {
            return ForexFiling.class;
        }

        @Override
        public ForexFilingNotFoundException notFound(Long id) {
            return new ForexFilingNotFoundException(id);
        }

        /** 注册地址 and the 主管海关 come from the approved 三证合一 record, whatever the browser sends. */
        @Override
        public ForexFilingDetails prepared(ForexFilingDetails input, Enterprise enterprise) {
            ForexFilingDetails details = ForexFilingRules.normalized(input);
            Optional<EnterpriseRegistration> joined = joinedRegistration(enterprise.getUscc());
            details.setRegisteredAddress(joined.map(r -> r.getDetails().getRegisteredAddress()).orElse(null));
            details.setCustomsDistrictCode(joined.map(r -> r.getDetails().getCustomsDistrictCode()).orElse(null));
            return details;
        }

        @Override
        public List<ForexFilingRules.Problem> problems(ForexFilingDetails details, WorkflowAction action) {
            List<ForexFilingRules.Problem> problems = new ArrayList<>(action == WorkflowAction.DECLARE
                    ? ForexFilingRules.forDeclaration(details) : ForexFilingRules.forDraft(details));
            if (details.getForexBureauCode() != null && codeTables.findActive(CodeTable.FOREX_BUREAU, details.getForexBureauCode()).isEmpty()
                    && problems.stream().noneMatch(p -> p.field() == ForexFilingRules.Field.FOREX_BUREAU)) {
                problems.add(new ForexFilingRules.Problem(ForexFilingRules.Field.FOREX_BUREAU, ForexFilingRules.UNKNOWN_CODE));
            }
            problems.sort(Comparator.comparing(ForexFilingRules.Problem::field));
            return problems;
        }

        @Override
        public ForexFiling create(Enterprise enterprise, String requestToken, Instant now) {
            return new ForexFiling(enterprise, requestToken, now);
        }

        @Override
        public void apply(ForexFiling filing, ForexFilingDetails details, String requestToken, Instant now) {
            filing.replaceDetails(details, requestToken, now);
        }

        /**
         * F-42: approved at once when the enterprise's entry in the forex enterprise directory matches;
         * the answer is kept for the reviewer either way.
         *
         * @throws FilingRefusedException when the directory cannot be reached (the whole 申报 is undone)
         */
        @Override
        protected boolean approvedAtOnce(ForexFiling filing) {
            DirectoryMatch match = ForexDirectoryMatcher.match(filing.getEnterpriseName(), filing.getLegalPerson(),
                    filing.getDetails().getForexBureauCode(), directory.find(filing.getEnterpriseUscc()));
            filing.recordDirectoryMatch(match, clock.instant());
            return match.matches();
        }
    }
}
