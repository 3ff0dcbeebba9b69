package cn.eport.onboarding.web.filing;

import cn.eport.onboarding.forex.ForexFiling;
import cn.eport.onboarding.forex.ForexFilingDetails;
import cn.eport.onboarding.forex.ForexFilingRules;
import cn.eport.onboarding.forex.ForexFilingService;
import cn.eport.onboarding.web.enterprise.FormPages;
import cn.eport.onboarding.workflow.ApplicationKind;
import cn.eport.onboarding.workflow.ApplicationStatus;
import cn.eport.onboarding.workflow.WorkflowAction;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * /enterprise/forex-filing: 企业外汇备案授权 (F-40..F-43), the 贸易外汇收支企业名录登记 with 【备案申请】,
 * approved at once when the forex enterprise directory confirms the enterprise, else reviewed.
 * 注册地址 comes from the 三证合一 record (grey, read-only); the page itself is {@link FilingPageBacking}'s.
 */
@Named
@ViewScoped
public class ForexFilingBacking extends FilingPageBacking<ForexFiling, ForexFilingDetails, ForexFilingRules.Problem> {

    private static final long serialVersionUID = 1L;
    static final String PAGE = "/enterprise/forex-filing";
    static final FormPages PAGES = new FormPages("filing", "forex", PAGE, PAGE);

    @Inject
    private ForexFilingService service;

    public ForexFilingBacking() {
        super(PAGES, new ForexFilingDetails());
    }

    @Override
    protected ForexFilingService service() {
        return service;
    }

    @Override
    protected ApplicationKind kind() {
        return ApplicationKind.FOREX_FILING;
    }

    @Override
    protected ForexFilingDetails detailsOf(ForexFiling filing) {
        return filing.getDetails();
    }

    /** A new form: 注册地址 from the 三证合一 record, 经营范围 suggested from the business registry. */
    @Override
    protected void opened() {
        setDetails(service.newDetails());
    }

    /** The colour of a field (F-13): required yellow, others white. */
    public String kindOf(String fieldName) {
        return ForexFilingRules.REQUIRED_FIELDS.contains(ForexFilingRules.Field.valueOf(fieldName)) ? "required" : "optional";
    }

    /** After 【备案申请】: approved at once on a directory match (F-42), else waiting for a reviewer. */
    @Override
    protected String savedMessageKey(WorkflowAction action, ApplicationStatus status) {
        if (action == WorkflowAction.DECLARE) {
            return status == ApplicationStatus.APPROVED ? "forex.declaredApproved" : "forex.declaredToReview";
        }
        return super.savedMessageKey(action, status);
    }
}
