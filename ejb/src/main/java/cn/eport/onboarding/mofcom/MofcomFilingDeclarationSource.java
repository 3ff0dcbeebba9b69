package cn.eport.onboarding.mofcom;

import cn.eport.onboarding.codetable.CodeTable;
import cn.eport.onboarding.declaration.DeclaredFields;
import cn.eport.onboarding.declaration.FormDeclarationSource;
import cn.eport.onboarding.workflow.ApplicationKind;
import jakarta.enterprise.context.ApplicationScoped;

import static cn.eport.onboarding.mofcom.MofcomFilingRules.Field.*;

/**
 * What a 商务部备案 declares: the 对外贸易经营者备案登记表's fields in the form's order, with the
 * legal person (法定代表人) the 登记表 names, copied from the enterprise.
 */
@ApplicationScoped
public class MofcomFilingDeclarationSource extends FormDeclarationSource<MofcomFiling> {

    public MofcomFilingDeclarationSource() {
        super(ApplicationKind.MOFCOM_FILING, MofcomFiling.class, "mofcom");
    }

    @Override
    protected DeclaredFields fields(MofcomFiling application, DeclaredFields form) {
        MofcomDetails d = application.getDetails();
        return form
                .text(OPERATOR_NAME_ZH, d.getOperatorNameZh())
                .text(OPERATOR_NAME_EN, d.getOperatorNameEn())
                .text(ORGANIZATION_CODE, d.getOrganizationCode())
                .choice(OPERATOR_TYPE, d.getOperatorType(), "mofcom.operatorType.")
                .text(RESIDENCE, d.getResidence())
                .text(PREMISES_ZH, d.getPremisesZh())
                .text(PREMISES_EN, d.getPremisesEn())
                .text(PHONE, d.getPhone())
                .text(FAX, d.getFax())
                .text(POSTCODE, d.getPostcode())
                .text(EMAIL, d.getEmail())
                .date(BUSINESS_REGISTRATION_DATE, d.getBusinessRegistrationDate())
                .text(BUSINESS_REGISTRATION_NUMBER, d.getBusinessRegistrationNumber())
                .text("legalPerson", "home.legalPerson", application.getLegalPerson())
                .amount(REGISTERED_CAPITAL, d.getRegisteredCapital(), "mofcom.unit.wanYuan")
                .amount(CAPITAL_USD, d.getCapitalUsd(), "mofcom.unit.wanUsd")
                .code(AUTHORITY, CodeTable.MOFCOM_AUTHORITY, d.getAuthorityCode())
                .text(REMARKS, d.getRemarks());
    }
}
