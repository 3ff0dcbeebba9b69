package cn.eport.onboarding.web.enterprise;

import cn.eport.onboarding.card.LegalPersonCardRules;
import cn.eport.onboarding.card.ReissueReason;
import cn.eport.onboarding.web.i18n.Bundles;
import cn.eport.onboarding.workflow.ApplicationKind;
import org.junit.jupiter.api.Test;

import java.util.ResourceBundle;


/**
 * The keys the 补办法人卡 pages and the status query build from enums and rules (reasons, kinds,
 * field labels, problems) have their texts in both languages, and each problem text takes the field
 * label as its first argument.
 */
class CardMessagesTest {

    private static final ResourceBundle ZH = Bundles.ZH;
    private static final ResourceBundle EN = Bundles.EN;

    private static void inBothLanguages(String key) {
        Bundles.inBothLanguages(key);
    }

    @Test
    void everyReasonKindAndFieldHasItsText() {
        for (ReissueReason reason : ReissueReason.values()) {
            inBothLanguages("card.reason." + reason);
        }
        for (ApplicationKind kind : ApplicationKind.values()) {
            inBothLanguages("applicationKind." + kind);
        }
        for (LegalPersonCardRules.Field field : LegalPersonCardRules.Field.values()) {
            inBothLanguages(EditLegalPersonCardBacking.PAGES.labelKey(field));
        }
    }

    @Test
    void everyProblemTextNamesTheField() {
        Bundles.problemTextsNameTheField(LegalPersonCardRules.class, 6);
    }
}
