package cn.eport.onboarding.validation;

/**
 * Organization codes (组织机构代码, GB 11714): 8 body characters (digits and upper-case letters, a
 * letter counting 10-35) and a check character, 0-9 or X. The common printed form
 * {@code 12345678-9} is accepted: a hyphen before the check character is dropped in the
 * normalized value.
 */
public final class OrganizationCodeValidator {

    public static final int LENGTH = 9;
    private static final int[] WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};
    private static final OrganizationCodeValidator INSTANCE = new OrganizationCodeValidator();

    private OrganizationCodeValidator() {
    }

    public static OrganizationCodeValidator instance() {
        return INSTANCE;
    }

    /** The check character (0-9 or X) for 8 body characters (digits and A-Z). */
    public static char checkCharacter(CharSequence body) {
        if (body == null || body.length() != LENGTH - 1) {
            throw new IllegalArgumentException("8 characters expected");
        }
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            char c = body.charAt(i);
            if (!Characters.LETTER_OR_DIGIT.test(c)) {
                throw new IllegalArgumentException("Illegal character at position " + (i + 1));
            }
            sum += Character.digit(c, 36) * WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    }

    public ValidationResult validate(String input) {
        String value = InputNormalizer.normalize(input);
        if (value != null && value.length() == LENGTH + 1 && value.charAt(LENGTH - 1) == '-') {
            value = value.substring(0, LENGTH - 1) + value.substring(LENGTH);
        }
        return ValidationResult.check(value, OrganizationCodeValidator::check);
    }

    private static void check(String value, int length, ValidationResult.Builder result) {
        if (length != LENGTH) {
            result.error(Reason.LENGTH, LENGTH, length);
        }
        boolean wellFormed = Characters.require(value, 1, LENGTH - 1, Characters.LETTER_OR_DIGIT, Reason.NOT_LETTER_OR_DIGIT, result)
                && Characters.require(value, LENGTH, LENGTH, Characters.CHECK_DIGIT, Reason.NOT_CHECK_DIGIT, result);
        if (wellFormed && length == LENGTH) {
            char expected = checkCharacter(value.substring(0, LENGTH - 1));
            if (value.charAt(LENGTH - 1) != expected) {
                result.error(Reason.CHECK_CHARACTER, String.valueOf(expected), value.substring(LENGTH - 1));
            }
        }
    }
}
