package cn.eport.onboarding.validation;

import java.util.regex.Pattern;

/**
 * Passport numbers by format: 5 to 17 letters and digits (foreign passports vary by country and
 * carry no check character of their own outside the machine-readable zone).
 * For Chinese passports, numbers starting with E are ordinary passports (普通护照) and must be
 * E and 8 digits, or E, one letter and 7 digits; other Chinese passports (diplomatic, service,
 * public-affairs, SAR passports) keep the general format.
 */
public final class PassportValidator {

    public static final int MIN_LENGTH = 5;
    public static final int MAX_LENGTH = 17;
    private static final Pattern CHINESE_ORDINARY = Pattern.compile("E(\\d{8}|[A-Z]\\d{7})");

    private static final PassportValidator FOREIGN = new PassportValidator(false);
    private static final PassportValidator CHINESE = new PassportValidator(true);

    private final boolean chinese;

    private PassportValidator(boolean chinese) {
        this.chinese = chinese;
    }

    public static PassportValidator foreign() {
        return FOREIGN;
    }

    public static PassportValidator chinese() {
        return CHINESE;
    }

    public ValidationResult validate(String input) {
        return ValidationResult.check(InputNormalizer.normalize(input), this::check);
    }

    private void check(String value, int length, ValidationResult.Builder result) {
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            result.error(Reason.LENGTH_RANGE, MIN_LENGTH, MAX_LENGTH, length);
        }
        Characters.require(value, 1, length, Characters.LETTER_OR_DIGIT, Reason.NOT_LETTER_OR_DIGIT, result);
        if (chinese && !result.hasErrors() && value.charAt(0) == 'E' && !CHINESE_ORDINARY.matcher(value).matches()) {
            result.error(Reason.CHINESE_PASSPORT_ORDINARY);
        }
    }
}
