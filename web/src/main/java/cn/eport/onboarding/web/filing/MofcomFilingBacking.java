package cn.eport.onboarding.web.filing;

import cn.eport.onboarding.mofcom.MofcomDetails;
import cn.eport.onboarding.mofcom.MofcomFiling;
import cn.eport.onboarding.mofcom.MofcomFilingRules;
import cn.eport.onboarding.mofcom.MofcomFilingRules.Field;
import cn.eport.onboarding.mofcom.MofcomFilingService;
import cn.eport.onboarding.mofcom.OperatorType;
import cn.eport.onboarding.web.enterprise.FormPages;
import cn.eport.onboarding.workflow.ApplicationKind;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * /enterprise/mofcom-filing: 企业商务部备案申请 (F-20..F-23), the 对外贸易经营者备案登记表 with 【申报】,
 * approved at once. What the server takes from the enterprise and its 三证合一 record is shown grey and
 * read-only; the page itself is {@link FilingPageBacking}'s.
 */
@Named
@ViewScoped
public class MofcomFilingBacking extends FilingPageBacking<MofcomFiling, MofcomDetails, MofcomFilingRules.Problem> {

    private static final long serialVersionUID = 1L;
    static final String PAGE = "/enterprise/mofcom-filing";
    static final FormPages PAGES = new FormPages("filing", "mofcom", PAGE, PAGE);

    @Inject
    private MofcomFilingService service;

    private Set<Field> backFilled = EnumSet.noneOf(Field.class);

    public MofcomFilingBacking() {
        super(PAGES, new MofcomDetails());
    }

    @Override
    protected MofcomFilingService service() {
        return service;
    }

    @Override
    protected ApplicationKind kind() {
        return ApplicationKind.MOFCOM_FILING;
    }

    @Override
    protected MofcomDetails detailsOf(MofcomFiling filing) {
        return filing.getDetails();
    }

    /** A new form: what the enterprise and its 三证合一 record state, filled in already. */
    @Override
    protected void opened() {
        setDetails(service.newDetails());
    }

    @Override
    protected void afterOpening() {
        backFilled = EnumSet.copyOf(service.backFilledFields());
    }

    /** The colour of a field (F-13): taken from the enterprise grey, required yellow, others white. */
    public String kindOf(String fieldName) {
        Field field = Field.valueOf(fieldName);
        if (backFilled.contains(field)) {
            return "backfilled";
        }
        return MofcomFilingRules.required().contains(field) ? "required" : "optional";
    }

    public boolean isReadOnly(String fieldName) {
        return backFilled.contains(Field.valueOf(fieldName));
    }

    public List<OperatorType> getOperatorTypes() {
        return List.of(OperatorType.values());
    }
}
