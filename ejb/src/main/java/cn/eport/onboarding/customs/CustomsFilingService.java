package cn.eport.onboarding.customs;

import cn.eport.onboarding.codetable.CodeTable;
import cn.eport.onboarding.codetable.CodeTableService;
import cn.eport.onboarding.directory.FilingKind;
import cn.eport.onboarding.enterprise.Enterprise;
import cn.eport.onboarding.enterprise.EnterpriseRegistration;
import cn.eport.onboarding.enterprise.RegistrationDetails;
import cn.eport.onboarding.filing.FilingService;
import cn.eport.onboarding.workflow.ApplicationKind;
import cn.eport.onboarding.workflow.WorkflowAction;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * 企业海关备案授权 for enterprise users (F-30..F-32): the enterprise's one 报关单位备案, scoped to the
 * caller's enterprise like every filing ({@link FilingService}). The preconditions of F-31 (joined
 * through 三证合一; no unfinished customs filing in the RA system; a customs enterprise-management
 * record) are checked when the page opens and again at 申报; a declared filing always goes to review
 * (F-32), and approval gives it its 海关注册编码 ({@link CustomsRegistrationCodes}).
 */
@Stateless
@LocalBean
@RolesAllowed("ENTERPRISE")
public class CustomsFilingService extends FilingService<CustomsFiling, CustomsFilingDetails, CustomsFilingRules.Problem> {

    @Inject
    private CodeTableService codeTables;

    private final Steps steps = new Steps() {

        @Override
        public Class<CustomsFiling> type() {
            return CustomsFiling.class;
        }

        @Override
        public CustomsFilingNotFoundException notFound(Long id) {
            return new CustomsFilingNotFoundException(id);
        }

        /** The 企业经济类型 is the approved 三证合一 record's enterprise type, whatever the browser sends. */
        @Override
        public CustomsFilingDetails prepared(CustomsFilingDetails input, Enterprise enterprise) {
            CustomsFilingDetails details = CustomsFilingRules.normalized(input);
            details.setEconomicType(registrationDetails(enterprise.getUscc()).map(RegistrationDetails::getEnterpriseType).orElse(null));
            return details;
        }

        @Override
        public List<CustomsFilingRules.Problem> problems(CustomsFilingDetails details, WorkflowAction action) {
            return action == WorkflowAction.DECLARE
                    ? CustomsFilingRules.forDeclaration(details, this::active) : CustomsFilingRules.forDraft(details, this::active);
        }

        private boolean active(CodeTable table, String code) {
            return codeTables.findActive(table, code).isPresent();
        }

        @Override
        public CustomsFiling create(Enterprise enterprise, String requestToken, Instant now) {
            return new CustomsFiling(enterprise, requestToken, now);
        }

        @Override
        public void apply(CustomsFiling filing, CustomsFilingDetails details, String requestToken, Instant now) {
            filing.replaceDetails(details, requestToken, now);
        }
        // approvedAtOnce stays false: a customs filing always goes to review (F-32)
    };

    @Override
    protected ApplicationKind kind() {
        return ApplicationKind.CUSTOMS_FILING;
    }

    @Override
    protected FilingKind filingKind() {
        return FilingKind.CUSTOMS;
    }

    @Override
    protected Steps steps() {
        return steps;
    }

    /**
     * The form of a new filing, suggested from what is known (all editable): 主管海关 from the approved
     * 三证合一 record, 行政区划 from its 工商 authority (whose code is the area's division code), 经营范围 from
     * the business registry; the customs contact is the 三证合一 record's contact.
     */
    public CustomsFilingDetails newDetails() {
        String uscc = callerEnterprise().getUscc();
        CustomsFilingDetails details = new CustomsFilingDetails();
        registrationDetails(uscc).ifPresent(r -> {
            details.setCustomsDistrictCode(r.getCustomsDistrictCode());
            if (r.getBusinessAuthorityCode() != null
                    && codeTables.findActive(CodeTable.ADMINISTRATIVE_DIVISION, r.getBusinessAuthorityCode()).isPresent()) {
                details.setDivisionCode(r.getBusinessAuthorityCode());
            }
            details.setContactName(r.getContactName());
            details.setContactPhone(r.getContactPhone());
        });
        registeredBusinessScope(uscc, CustomsFilingDetails.MAX_BUSINESS_SCOPE).ifPresent(details::setBusinessScope);
        return details;
    }

    private Optional<RegistrationDetails> registrationDetails(String uscc) {
        return joinedRegistration(uscc).map(EnterpriseRegistration::getDetails);
    }
}
