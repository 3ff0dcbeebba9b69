package cn.eport.onboarding.operator;

import cn.eport.onboarding.codetable.CodeTable;
import cn.eport.onboarding.declaration.DeclaredFields;
import cn.eport.onboarding.declaration.FormDeclarationSource;
import cn.eport.onboarding.workflow.ApplicationKind;
import jakarta.enterprise.context.ApplicationScoped;

import static cn.eport.onboarding.operator.OperatorRules.Field.*;

/**
 * What an operator entry declares: its form's fields in order, then the 主管海关 it takes from the
 * enterprise's 三证合一 record (shown to the reviewer, it decides where the card is issued).
 */
@ApplicationScoped
public class OperatorDeclarationSource extends FormDeclarationSource<Operator> {

    public OperatorDeclarationSource() {
        super(ApplicationKind.OPERATOR, Operator.class, "operator");
    }

    @Override
    protected DeclaredFields fields(Operator application, DeclaredFields form) {
        OperatorDetails d = application.getDetails();
        return form
                .code(ID_TYPE, CodeTable.ID_TYPE, d.getIdTypeCode())
                .text(ID_NUMBER, d.getIdNumber())
                .text(NAME, d.getName())
                .choice(GENDER, d.getGender(), "operator.gender.")
                .date(BIRTH_DATE, d.getBirthDate())
                .text(MOBILE, d.getMobile())
                .text(PHONE, d.getPhone())
                .text(EMAIL, d.getEmail())
                .text(ADDRESS, d.getAddress())
                .text(POSTCODE, d.getPostcode())
                .code("customsDistrict", "card.field.customsDistrict", CodeTable.CUSTOMS_DISTRICT, d.getCustomsDistrictCode());
    }
}
