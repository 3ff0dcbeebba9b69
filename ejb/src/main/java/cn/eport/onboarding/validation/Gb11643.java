package cn.eport.onboarding.validation;

/**
 * GB 11643 (citizen identity number): 17 digits and a check character computed with
 * ISO 7064 MOD 11-2. Shared by resident IDs, HK/Macao/Taiwan residence permits and the 2023
 * foreign permanent resident ID, which all use the same check.
 */
final class Gb11643 {

    static final int LENGTH = 18;
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";

    private Gb11643() {
    }

    /** The check character (0-9 or X) for 17 digits. */
    static char checkCharacter(CharSequence first17) {
        if (first17.length() != LENGTH - 1) {
            throw new IllegalArgumentException("17 digits expected");
        }
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            char c = first17.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("Not a digit at position " + (i + 1));
            }
            sum += (c - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    /**
     * Length 18, digits in positions 1-17, a digit or X in 18, and the right check character.
     *
     * @return whether length and characters were right (the check character may still be wrong)
     */
    static boolean checkNumber(String value, ValidationResult.Builder result) {
        int length = Characters.length(value);
        if (length != LENGTH) {
            result.error(Reason.LENGTH, LENGTH, length);
        }
        boolean wellFormed = Characters.require(value, 1, LENGTH - 1, Characters.DIGIT, Reason.NOT_DIGIT, result)
                && Characters.require(value, LENGTH, LENGTH, Characters.CHECK_DIGIT, Reason.NOT_CHECK_DIGIT, result)
                && length == LENGTH;
        if (wellFormed) {
            char expected = checkCharacter(value.substring(0, LENGTH - 1));
            if (value.charAt(LENGTH - 1) != expected) {
                result.error(Reason.CHECK_CHARACTER, String.valueOf(expected), value.substring(LENGTH - 1));
            }
        }
        return wellFormed;
    }
}
