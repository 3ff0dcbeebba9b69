package cn.eport.onboarding.operator;

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

import static cn.eport.onboarding.operator.OperatorRules.Field.*;

/**
 * What an operator entry declares: its form's fields in order, then the 主管海关 it takes from the
 * enterprise's 三证合一 record (shown to the reviewer, it decides where the card is issued).
 */
@ApplicationScoped
public class OperatorDeclarationSource implements DeclarationSource {

    @Inject
    private CodeNames codes;

    public OperatorDeclarationSource() {
    }

    public OperatorDeclarationSource(CodeNames codes) {
        this.codes = codes;
    }

    @Override
    public ApplicationKind kind() {
        return ApplicationKind.OPERATOR;
    }

    @Override
    public List<DeclaredField> fields(Application application) {
        OperatorDetails d = ((Operator) application).getDetails();
        return DeclaredFields.of("operator", codes)
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
                .code("customsDistrict", "card.field.customsDistrict", CodeTable.CUSTOMS_DISTRICT, d.getCustomsDistrictCode())
                .list();
    }
}
