package cn.eport.onboarding.validation;

import java.util.Locale;

/**
 * The plain clean-up of what users type into text fields: surrounding whitespace goes, and a blank
 * entry counts as not given. Codes are upper-cased too ({@link InputNormalizer} is the stricter
 * clean-up for codes and ID numbers that are checked digit by digit).
 */
public final class TextInput {

    private TextInput() {
    }

    /** The text without surrounding whitespace, or {@code null} when it is null or blank. */
    public static String strippedOrNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** A code as typed: stripped and upper-cased, or {@code null} when blank. */
    public static String code(String text) {
        String stripped = strippedOrNull(text);
        return stripped == null ? null : stripped.toUpperCase(Locale.ROOT);
    }

    /** True when a field's value is missing: null, or a blank text. */
    public static boolean isMissing(Object value) {
        return value == null || value instanceof String s && s.isBlank();
    }
}
