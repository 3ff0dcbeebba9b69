package cn.eport.onboarding.web.enterprise;

import cn.eport.onboarding.card.CardDetails;
import cn.eport.onboarding.card.LegalPersonCard;
import cn.eport.onboarding.card.LegalPersonCardRules;
import cn.eport.onboarding.card.LegalPersonCardRules.Field;
import cn.eport.onboarding.card.LegalPersonCardService;
import cn.eport.onboarding.card.ReissueReason;
import cn.eport.onboarding.workflow.ApplicationKind;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/**
 * /enterprise/legal-person-card-edit[?id=…]: the 补办法人卡 form (F-60). The enterprise and its legal
 * person come from the account; the 主管海关 from the enterprise's 三证合一 record where it has one.
 * What every application form does is in {@link ApplicationFormBacking}.
 */
@Named
@ViewScoped
public class EditLegalPersonCardBacking extends ApplicationFormBacking<LegalPersonCard, CardDetails, LegalPersonCardRules.Problem> {

    private static final long serialVersionUID = 1L;
    static final FormPages PAGES = new FormPages("card", "card", "/enterprise/legal-person-card-view", "/enterprise/status");
    /** 补办原因 其他 shows (and requires) its text. */
    private static final FieldDependents<Field> DEPENDENTS = FieldDependents.of(Field.class)
            .on(Field.REASON, List.of(Field.REASON_OTHER));

    @Inject
    private LegalPersonCardService service;

    private String registeredDistrict;

    public EditLegalPersonCardBacking() {
        super(PAGES, new CardDetails());
    }

    @Override
    protected LegalPersonCardService service() {
        return service;
    }

    @Override
    protected ApplicationKind kind() {
        return ApplicationKind.LEGAL_PERSON_CARD;
    }

    @Override
    protected FieldDependents<Field> dependents() {
        return DEPENDENTS;
    }

    @Override
    protected CardDetails detailsOf(LegalPersonCard card) {
        return card.getDetails();
    }

    /** A new application: the enterprise and its legal person from the account. */
    @Override
    protected void opened() {
        setEnterprise(FormEnterprise.of(service.callerEnterprise()));
    }

    /** The district of the enterprise's 三证合一, where it has one, is the card's. */
    @Override
    protected void afterOpening() {
        registeredDistrict = service.registeredCustomsDistrict().orElse(null);
        if (registeredDistrict != null) {
            getDetails().setCustomsDistrictCode(registeredDistrict);
            customsDistrictChanged();
        }
    }

    /** The colour of a field: the district taken from 三证合一 grey, required yellow, others white. */
    public String kindOf(String fieldName) {
        Field field = Field.valueOf(fieldName);
        if (field == Field.CUSTOMS_DISTRICT && registeredDistrict != null) {
            return "backfilled";
        }
        return LegalPersonCardRules.requiredFor(getDetails()).contains(field) ? "required" : "optional";
    }

    public boolean isDistrictFromRegistration() {
        return registeredDistrict != null;
    }

    public boolean isReasonOtherShown() {
        return getDetails().getReason() == ReissueReason.OTHER;
    }

    /** 主管海关 chosen: 发卡机构代码 follows. */
    public void customsDistrictChanged() {
        getDetails().setCardIssuerCode(service.cardIssuerOf(getDetails().getCustomsDistrictCode()).orElse(null));
    }

    public List<ReissueReason> getReasons() {
        return List.of(ReissueReason.values());
    }
}
