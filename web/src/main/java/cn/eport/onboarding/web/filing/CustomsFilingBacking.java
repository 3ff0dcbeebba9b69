package cn.eport.onboarding.web.filing;

import cn.eport.onboarding.customs.CustomsFiling;
import cn.eport.onboarding.customs.CustomsFilingDetails;
import cn.eport.onboarding.customs.CustomsFilingRules;
import cn.eport.onboarding.customs.CustomsFilingService;
import cn.eport.onboarding.web.enterprise.FormPages;
import cn.eport.onboarding.workflow.ApplicationKind;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * /enterprise/customs-filing: 企业海关备案授权 (F-30..F-32), the 报关单位备案 with 【备案申请】, always
 * reviewed; approval gives it its 海关注册编码. The page itself is {@link FilingPageBacking}'s.
 */
@Named
@ViewScoped
public class CustomsFilingBacking extends FilingPageBacking<CustomsFiling, CustomsFilingDetails, CustomsFilingRules.Problem> {

    private static final long serialVersionUID = 1L;
    static final String PAGE = "/enterprise/customs-filing";
    static final FormPages PAGES = new FormPages("filing", "customs", PAGE, PAGE);

    @Inject
    private CustomsFilingService service;

    public CustomsFilingBacking() {
        super(PAGES, new CustomsFilingDetails());
    }

    @Override
    protected CustomsFilingService service() {
        return service;
    }

    @Override
    protected ApplicationKind kind() {
        return ApplicationKind.CUSTOMS_FILING;
    }

    @Override
    protected CustomsFilingDetails detailsOf(CustomsFiling filing) {
        return filing.getDetails();
    }

    /** A new form: 主管海关, 行政区划, 经营范围 and the contact suggested from what is known (editable). */
    @Override
    protected void opened() {
        setDetails(service.newDetails());
    }

    /** The colour of a field (F-13): every field of this form is required (yellow). */
    public String kindOf(String fieldName) {
        return CustomsFilingRules.REQUIRED_FIELDS.contains(CustomsFilingRules.Field.valueOf(fieldName)) ? "required" : "optional";
    }
}
