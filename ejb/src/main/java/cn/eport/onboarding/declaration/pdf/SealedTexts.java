package cn.eport.onboarding.declaration.pdf;

import cn.eport.onboarding.i18n.Texts;
import cn.eport.onboarding.workflow.ApplicationKind;

import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The Chinese texts of the sealed PDF, from the pages' bundle (the sealed copy is the official,
 * Chinese document whatever language its reader uses): the labels of the fields and the official
 * form titles per kind, as the printed pages show them (ADR 0020).
 */
final class SealedTexts {

    private static final Map<ApplicationKind, String> TITLE_KEYS = new EnumMap<>(Map.of(
            ApplicationKind.ENTERPRISE_REGISTRATION, "registration.printTitle",
            ApplicationKind.LEGAL_PERSON_CARD, "card.printTitle",
            ApplicationKind.MOFCOM_FILING, "mofcom.printTitle",
            ApplicationKind.CUSTOMS_FILING, "customs.printTitle",
            ApplicationKind.FOREX_FILING, "forex.printTitle",
            ApplicationKind.OPERATOR, "sealed.operatorTitle"));

    private final ResourceBundle bundle;

    private SealedTexts(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** The default (Chinese) bundle. */
    static SealedTexts chinese() {
        return new SealedTexts(Texts.chineseBundle());
    }

    String text(String key, Object... arguments) {
        String text = bundle.getString(key);
        return arguments.length == 0 ? text : new MessageFormat(text, Locale.ROOT).format(arguments);
    }

    /** A field's label; the key itself if the bundle lacks it, so a missing text shows rather than fails the 申报. */
    String label(String key) {
        return bundle.containsKey(key) ? bundle.getString(key) : key;
    }

    String title(ApplicationKind kind) {
        return text(TITLE_KEYS.get(kind));
    }

    String kindName(ApplicationKind kind) {
        return text("applicationKind." + kind.name());
    }
}
