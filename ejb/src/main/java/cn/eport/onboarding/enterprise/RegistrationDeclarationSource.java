package cn.eport.onboarding.enterprise;

import cn.eport.onboarding.codetable.CodeTable;
import cn.eport.onboarding.declaration.DeclaredFields;
import cn.eport.onboarding.declaration.FormDeclarationSource;
import cn.eport.onboarding.workflow.ApplicationKind;
import jakarta.enterprise.context.ApplicationScoped;

import static cn.eport.onboarding.enterprise.RegistrationRules.Field.*;

/** What a 三证合一 record declares: the entry form's fields (F-13) in its order, with the back-filled 发卡机构. */
@ApplicationScoped
public class RegistrationDeclarationSource extends FormDeclarationSource<EnterpriseRegistration> {

    public RegistrationDeclarationSource() {
        super(ApplicationKind.ENTERPRISE_REGISTRATION, EnterpriseRegistration.class, "registration");
    }

    @Override
    protected DeclaredFields fields(EnterpriseRegistration application, DeclaredFields form) {
        RegistrationDetails d = application.getDetails();
        return form
                .code(LEGAL_PERSON_TYPE, CodeTable.LEGAL_PERSON_TYPE, d.getLegalPersonType())
                .code(ENTERPRISE_TYPE, CodeTable.ENTERPRISE_TYPE, d.getEnterpriseType())
                .text(ENTERPRISE_TYPE_OTHER, d.getEnterpriseTypeOther())
                .code(BUSINESS_AUTHORITY, CodeTable.BUSINESS_REGISTRATION_AUTHORITY, d.getBusinessAuthorityCode())
                .code(TAX_AUTHORITY, CodeTable.TAX_AUTHORITY, d.getTaxAuthorityCode())
                .code(QUALITY_AUTHORITY, CodeTable.QUALITY_SUPERVISION_AUTHORITY, d.getQualityAuthorityCode())
                .number(REGISTERED_CAPITAL, d.getRegisteredCapital())
                .code(CAPITAL_UNIT, CodeTable.CAPITAL_UNIT, d.getCapitalUnit())
                .text(ISSUING_AUTHORITY, d.getIssuingAuthorityName())
                .code(ENTERPRISE_STATUS, CodeTable.ENTERPRISE_STATUS, d.getEnterpriseStatus())
                .code(CUSTOMS_DISTRICT, CodeTable.CUSTOMS_DISTRICT, d.getCustomsDistrictCode())
                .text("cardIssuer", "registration.field.cardIssuer", d.getCardIssuerCode())
                .text(REGISTERED_ADDRESS, d.getRegisteredAddress())
                .date(ESTABLISHMENT_DATE, d.getEstablishmentDate())
                .text(CONTACT_NAME, d.getContactName())
                .text(CONTACT_PHONE, d.getContactPhone());
    }
}
