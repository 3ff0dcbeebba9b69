package cn.eport.onboarding.web.filing;

import cn.eport.onboarding.mofcom.MofcomFilingRules;
import cn.eport.onboarding.mofcom.OperatorType;
import cn.eport.onboarding.web.i18n.Bundles;
import cn.eport.onboarding.web.i18n.Messages;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The keys the 商务部备案 page builds from enums and rules (field labels, 经营者类型, problems) have their
 * texts in both languages, and each problem text takes the field label as its first argument.
 */
class MofcomMessagesTest {

    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final ResourceBundle ZH = ResourceBundle.getBundle(Messages.BUNDLE, Locale.ROOT, NO_FALLBACK);
    private static final ResourceBundle EN = ResourceBundle.getBundle(Messages.BUNDLE, Locale.ENGLISH, NO_FALLBACK);

    private static void inBothLanguages(String key) {
        assertTrue(ZH.containsKey(key) && EN.keySet().contains(key), key);
        assertNotEquals(ZH.getString(key), EN.getString(key), key);
    }

    @Test
    void everyFieldAndOperatorTypeHasItsText() {
        for (MofcomFilingRules.Field field : MofcomFilingRules.Field.values()) {
            inBothLanguages(MofcomFilingBacking.PAGES.labelKey(field));
        }
        for (OperatorType type : OperatorType.values()) {
            inBothLanguages("mofcom.operatorType." + type);
        }
        assertEquals("经营者英文名称", ZH.getString(MofcomFilingBacking.PAGES.labelKey(MofcomFilingRules.Field.OPERATOR_NAME_EN)));
        assertEquals("filing:capitalUsd", MofcomFilingBacking.PAGES.clientId(MofcomFilingRules.Field.CAPITAL_USD));
        for (String key : List.of("mofcom.declared", "mofcom.savedDraft")) {
            inBothLanguages(key);
        }
    }

    @Test
    void everyProblemTextNamesTheField() {
        Bundles.problemTextsNameTheField(MofcomFilingRules.class, 11);
    }
}
