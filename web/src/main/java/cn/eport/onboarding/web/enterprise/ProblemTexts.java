package cn.eport.onboarding.web.enterprise;

import cn.eport.onboarding.validation.ValidationProblem;
import cn.eport.onboarding.validation.ValidationTexts;
import cn.eport.onboarding.web.i18n.Messages;

import java.util.Locale;

/**
 * The text of a field's problem, as a form and an import's reject list show it: the bundle text of its
 * key with the field's label first and its detail second, a validator's finding in the page's language.
 */
public final class ProblemTexts {

    private ProblemTexts() {
    }

    public static String text(Messages messages, Locale locale, String key, String label, Object detail) {
        return messages.get(key, label, shown(locale, detail));
    }

    /** A problem's detail as its text shows it: a validator's finding as text in the language, anything else as it is. */
    public static Object shown(Locale locale, Object detail) {
        return detail instanceof ValidationProblem cause ? ValidationTexts.forLocale(locale).format(cause) : detail;
    }
}
