package cn.eport.onboarding.web.enterprise;

import cn.eport.onboarding.operator.Gender;
import cn.eport.onboarding.operator.OperatorRefusedException;
import cn.eport.onboarding.operator.OperatorRules;
import cn.eport.onboarding.web.i18n.Bundles;
import org.junit.jupiter.api.Test;



/**
 * The keys the operator pages build from enums and rules (genders, field labels, problems, refusals)
 * have their texts in both languages, and each problem text takes the field label as its first argument.
 */
class OperatorMessagesTest {

    @Test
    void everyGenderFieldAndRefusalHasItsText() {
        for (Gender gender : Gender.values()) {
            Bundles.inBothLanguages("operator.gender." + gender);
        }
        for (OperatorRules.Field field : OperatorRules.Field.values()) {
            Bundles.inBothLanguages(EditOperatorBacking.PAGES.labelKey(field));
        }
        for (OperatorRefusedException.Reason reason : OperatorRefusedException.Reason.values()) {
            Bundles.inBothLanguages(reason.bundleKey());
        }
    }

    @Test
    void everyProblemTextNamesTheField() {
        Bundles.problemTextsNameTheField(OperatorRules.class, 12);
    }
}
