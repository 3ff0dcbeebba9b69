package cn.eport.onboarding.validation;

import java.util.Objects;
import java.util.function.Predicate;
import java.util.logging.Logger;

/**
 * Unified social credit codes (统一社会信用代码, GB 32100-2015): 18 characters from
 * {@value #ALPHABET} (no I, O, S, V, Z). Position 1 is the registration authority, 2 the
 * organization type, 3-8 the administrative division code (digits), 9-17 the organization code
 * and 18 the check character: (31 - Σ(value × weight) mod 31) mod 31 mapped back through the
 * alphabet.
 * <p>
 * The organization code inside (positions 9-17) is checked by GB 11714 too, but a failure there is
 * only a warning: genuine codes exist whose embedded organization code fails its check.
 * <p>
 * A few genuine early codes fail the USCC check itself. The {@link #strict()} validator refuses
 * them with an overridable error ({@link ValidationResult#isOverridable()}); a validator made by
 * {@link #acceptingKnownExceptions} accepts those an administrator has confirmed, with a warning,
 * and logs each acceptance.
 */
public final class UsccValidator {

    public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    public static final int LENGTH = 18;
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int DIVISION_FROM = 3;
    private static final int DIVISION_TO = 8;
    private static final int ORGANIZATION_CODE_FROM = 9;
    private static final Logger LOG = Logger.getLogger(UsccValidator.class.getName());
    private static final UsccValidator STRICT = new UsccValidator(code -> false);

    private final Predicate<String> knownException;

    private UsccValidator(Predicate<String> knownException) {
        this.knownException = knownException;
    }

    /** Refuses every code whose check character is wrong. */
    public static UsccValidator strict() {
        return STRICT;
    }

    /**
     * A validator that accepts a code failing only its check character when
     * {@code isKnownException} says an administrator confirmed it as a genuine early code
     * (the predicate gets the normalized code). Such a result is valid, {@link ValidationResult#isOverridden()
     * overridden}, carries the warning {@link Reason#USCC_CHECK_CHARACTER_OVERRIDDEN}, and the
     * acceptance is logged.
     */
    public static UsccValidator acceptingKnownExceptions(Predicate<String> isKnownException) {
        return new UsccValidator(Objects.requireNonNull(isKnownException, "isKnownException"));
    }

    /** Whether {@code code} is a valid USCC exactly as given (already normalized), by the strict rule. */
    public static boolean isValid(String code) {
        ValidationResult result = STRICT.validate(code);
        return result.isValid() && result.normalized().equals(code);
    }

    /** The check character for the first 17 characters, which must all be in the alphabet. */
    public static char checkCharacter(CharSequence first17) {
        if (first17 == null || first17.length() != LENGTH - 1) {
            throw new IllegalArgumentException("17 characters expected");
        }
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            int value = ALPHABET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("Illegal character at position " + (i + 1));
            }
            sum += value * WEIGHTS[i];
        }
        return ALPHABET.charAt((ALPHABET.length() - sum % ALPHABET.length()) % ALPHABET.length());
    }

    public ValidationResult validate(String input) {
        return ValidationResult.check(InputNormalizer.normalize(input), this::check);
    }

    private void check(String value, int length, ValidationResult.Builder result) {
        if (length != LENGTH) {
            result.error(Reason.LENGTH, LENGTH, length);
        }
        boolean wellFormed = Characters.require(value, 1, LENGTH, c -> ALPHABET.indexOf(c) >= 0, Reason.NOT_USCC_CHARACTER, result)
                && Characters.require(value, DIVISION_FROM, DIVISION_TO, Characters.DIGIT, Reason.NOT_DIGIT, result);
        if (!wellFormed || length != LENGTH) {
            return;
        }
        char expected = checkCharacter(value.substring(0, LENGTH - 1));
        if (value.charAt(LENGTH - 1) != expected) {
            result.error(Reason.USCC_CHECK_CHARACTER, String.valueOf(expected), value.substring(LENGTH - 1));
            if (!knownException.test(value)) {
                return;
            }
            LOG.info(() -> "USCC " + value + " accepted as an administrator-confirmed early code although its check"
                    + " character should be " + expected);
            result.override(Reason.USCC_CHECK_CHARACTER_OVERRIDDEN);
        }
        warnAboutOrganizationCode(value, result);
    }

    private static void warnAboutOrganizationCode(String value, ValidationResult.Builder result) {
        String organizationCode = value.substring(ORGANIZATION_CODE_FROM - 1, LENGTH - 1);
        char expected = OrganizationCodeValidator.checkCharacter(organizationCode.substring(0, OrganizationCodeValidator.LENGTH - 1));
        char actual = organizationCode.charAt(OrganizationCodeValidator.LENGTH - 1);
        if (actual != expected) {
            result.warning(Reason.USCC_ORGANIZATION_CODE, organizationCode, String.valueOf(expected), String.valueOf(actual));
        }
    }
}
