package cn.eport.onboarding.web.enterprise;

import cn.eport.onboarding.enterprise.BackFill;
import cn.eport.onboarding.enterprise.EnterpriseRegistration;
import cn.eport.onboarding.enterprise.RegistrationDetails;
import cn.eport.onboarding.enterprise.RegistrationRules;
import cn.eport.onboarding.enterprise.RegistrationRules.Field;
import cn.eport.onboarding.enterprise.RegistrationService;
import cn.eport.onboarding.workflow.ApplicationKind;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * /enterprise/registration-edit[?id=…]: the 三证合一 entry form (F-12, F-13, F-15). New records are
 * back-filled from the registry after the user confirms; the colours, greying and 发卡机构代码 follow
 * the rules as the user types. What every application form does is in {@link ApplicationFormBacking}.
 */
@Named
@ViewScoped
public class EditRegistrationBacking
        extends ApplicationFormBacking<EnterpriseRegistration, RegistrationDetails, RegistrationRules.Problem> {

    private static final long serialVersionUID = 1L;
    static final FormPages PAGES = new FormPages("reg", "registration", "/enterprise/registration-view",
            "/enterprise/registrations");
    /** F-13: 法人类型 greys (and clears) the authority codes; 企业类型 9 shows the other-type text. */
    private static final FieldDependents<Field> DEPENDENTS = FieldDependents.of(Field.class)
            .on(Field.LEGAL_PERSON_TYPE, List.of(Field.BUSINESS_AUTHORITY, Field.TAX_AUTHORITY, Field.QUALITY_AUTHORITY))
            .on(Field.ENTERPRISE_TYPE, List.of(Field.ENTERPRISE_TYPE_OTHER));

    @Inject
    private RegistrationService service;

    private BackFill backFill;
    private Set<Field> backFilled = EnumSet.noneOf(Field.class);
    private boolean backFillConfirmed;

    public EditRegistrationBacking() {
        super(PAGES, new RegistrationDetails());
    }

    @Override
    protected RegistrationService service() {
        return service;
    }

    @Override
    protected ApplicationKind kind() {
        return ApplicationKind.ENTERPRISE_REGISTRATION;
    }

    @Override
    protected FieldDependents<Field> dependents() {
        return DEPENDENTS;
    }

    @Override
    protected RegistrationDetails detailsOf(EnterpriseRegistration registration) {
        return registration.getDetails();
    }

    /** A new record: ask the registry what it knows of the enterprise. */
    @Override
    protected void opened() {
        backFill = service.backFill();
    }

    /** 反填: use the registry's data; those fields become grey and read-only. */
    public void confirmBackFill() {
        if (isBackFillOffered()) {
            setDetails(backFill.details().copy());
            backFilled = backFill.fields().isEmpty() ? EnumSet.noneOf(Field.class) : EnumSet.copyOf(backFill.fields());
            backFillConfirmed = true;
        }
    }

    public boolean isBackFillOffered() {
        return backFill != null && backFill.outcome() == BackFill.Outcome.FOUND && !backFillConfirmed;
    }

    public boolean isRegistryWithoutEnterprise() {
        return backFill != null && backFill.outcome() == BackFill.Outcome.NOT_FOUND;
    }

    public String getRegistryUnavailable() {
        return backFill != null && backFill.outcome() == BackFill.Outcome.UNAVAILABLE
                ? messages().get(backFill.unavailableKey()) : null;
    }

    /** The colour of a field (F-13): back-filled and greyed grey, required yellow, others white. */
    public String kindOf(String fieldName) {
        Field field = Field.valueOf(fieldName);
        if (backFilled.contains(field)) {
            return "backfilled";
        }
        if (RegistrationRules.greyedFor(getDetails().getLegalPersonType()).contains(field)) {
            return "greyed";
        }
        return RegistrationRules.requiredFor(getDetails()).contains(field) ? "required" : "optional";
    }

    public boolean isReadOnly(String fieldName) {
        String kind = kindOf(fieldName);
        return "backfilled".equals(kind) || "greyed".equals(kind);
    }

    public boolean isOtherTypeShown() {
        return RegistrationRules.OTHER_ENTERPRISE_TYPE.equals(getDetails().getEnterpriseType());
    }

    /** 法人类型 changed: greyed fields are cleared at once. */
    public void legalPersonTypeChanged() {
        setDetails(RegistrationRules.normalized(getDetails()));
    }

    /** 主管海关 chosen: 发卡机构代码 follows. */
    public void customsDistrictChanged() {
        getDetails().setCardIssuerCode(service.cardIssuerOf(getDetails().getCustomsDistrictCode()).orElse(null));
    }
}
