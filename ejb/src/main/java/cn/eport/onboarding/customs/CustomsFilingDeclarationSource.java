package cn.eport.onboarding.customs;

import cn.eport.onboarding.codetable.CodeTable;
import cn.eport.onboarding.declaration.DeclaredFields;
import cn.eport.onboarding.declaration.FormDeclarationSource;
import cn.eport.onboarding.workflow.ApplicationKind;
import jakarta.enterprise.context.ApplicationScoped;

import static cn.eport.onboarding.customs.CustomsFilingRules.Field.*;

/**
 * What a 海关备案 declares: the 报关单位情况登记表's fields in the form's order, with the 企业经济类型
 * taken from the 三证合一 record (it makes the 6th digit of the 海关注册编码).
 */
@ApplicationScoped
public class CustomsFilingDeclarationSource extends FormDeclarationSource<CustomsFiling> {

    public CustomsFilingDeclarationSource() {
        super(ApplicationKind.CUSTOMS_FILING, CustomsFiling.class, "customs");
    }

    @Override
    protected DeclaredFields fields(CustomsFiling application, DeclaredFields form) {
        CustomsFilingDetails d = application.getDetails();
        return form
                .code(CUSTOMS_DISTRICT, CodeTable.CUSTOMS_DISTRICT, d.getCustomsDistrictCode())
                .code(FILING_CUSTOMS, CodeTable.CUSTOMS_DISTRICT, d.getFilingCustomsCode())
                .code(BUSINESS_CATEGORY, CodeTable.CUSTOMS_BUSINESS_CATEGORY, d.getBusinessCategory())
                .code(DIVISION, CodeTable.ADMINISTRATIVE_DIVISION, d.getDivisionCode())
                .code(ECONOMIC_ZONE, CodeTable.ECONOMIC_ZONE, d.getEconomicZone())
                .code("economicType", "customs.field.economicType", CodeTable.ENTERPRISE_TYPE, d.getEconomicType())
                .code(INDUSTRY, CodeTable.INDUSTRY, d.getIndustryCode())
                .text(BUSINESS_SCOPE, d.getBusinessScope())
                .text(CONTACT_NAME, d.getContactName())
                .text(CONTACT_PHONE, d.getContactPhone());
    }
}
