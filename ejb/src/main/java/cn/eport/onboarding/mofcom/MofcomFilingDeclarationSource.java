package cn.eport.onboarding.mofcom;

import cn.eport.onboarding.codetable.CodeTable;
import cn.eport.onboarding.declaration.CodeNames;
import cn.eport.onboarding.declaration.DeclarationSource;
import cn.eport.onboarding.declaration.DeclaredField;
import cn.eport.onboarding.declaration.DeclaredFields;
import cn.eport.onboarding.workflow.Application;
import cn.eport.onboarding.workflow.ApplicationKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

import static cn.eport.onboarding.mofcom.MofcomFilingRules.Field.*;

/**
 * What a 商务部备案 declares: the 对外贸易经营者备案登记表's fields in the form's order, with the
 * legal person (法定代表人) the 登记表 names, copied from the enterprise.
 */
@ApplicationScoped
public class MofcomFilingDeclarationSource implements DeclarationSource {

    @Inject
    private CodeNames codes;

    public MofcomFilingDeclarationSource() {
    }

    public MofcomFilingDeclarationSource(CodeNames codes) {
        this.codes = codes;
    }

    @Override
    public ApplicationKind kind() {
        return ApplicationKind.MOFCOM_FILING;
    }

    @Override
    public List<DeclaredField> fields(Application application) {
        MofcomFiling filing = (MofcomFiling) application;
        MofcomDetails d = filing.getDetails();
        return DeclaredFields.of("mofcom", codes)
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
                .text("legalPerson", "home.legalPerson", filing.getLegalPerson())
                .amount(REGISTERED_CAPITAL, d.getRegisteredCapital(), "mofcom.unit.wanYuan")
                .amount(CAPITAL_USD, d.getCapitalUsd(), "mofcom.unit.wanUsd")
                .code(AUTHORITY, CodeTable.MOFCOM_AUTHORITY, d.getAuthorityCode())
                .text(REMARKS, d.getRemarks())
                .list();
    }
}
