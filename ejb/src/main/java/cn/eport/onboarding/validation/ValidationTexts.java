package cn.eport.onboarding.validation;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The texts of validation problems outside Bean Validation (REST answers, batch reject lists, JSF
 * messages built by hand): the same {@code ValidationMessages} bundle, with the
 * {@code {name}} placeholders replaced by the problem's arguments.
 */
public final class ValidationTexts {

    /** The bundle Bean Validation reads: {@code ValidationMessages.properties} of this module. */
    public static final String BUNDLE = "ValidationMessages";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    private final ResourceBundle bundle;

    private ValidationTexts(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** Chinese for {@code zh} (and, as the base bundle, for languages without a bundle), English for {@code en}. */
    public static ValidationTexts forLocale(Locale locale) {
        return new ValidationTexts(ResourceBundle.getBundle(BUNDLE, Objects.requireNonNull(locale, "locale"),
                ValidationTexts.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(
                        ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    public String format(ValidationProblem problem) {
        return fill(bundle.getString(problem.key()), problem.arguments());
    }

    /** Replaces each {name} that names an argument, in one pass (argument values are not scanned again). */
    static String fill(String template, Map<String, Object> arguments) {
        return PLACEHOLDER.matcher(template).replaceAll(m -> Matcher.quoteReplacement(
                arguments.containsKey(m.group(1)) ? String.valueOf(arguments.get(m.group(1))) : m.group()));
    }
}
