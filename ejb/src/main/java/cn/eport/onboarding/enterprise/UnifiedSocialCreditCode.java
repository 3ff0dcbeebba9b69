package cn.eport.onboarding.enterprise;

/**
 * The check-character rule of the unified social credit code (GB 32100-2015): 18 characters from
 * a 31-character alphabet (no I, O, S, V, Z), the last one a check character over the first 17.
 */
public final class UnifiedSocialCreditCode {

    public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    public static final int LENGTH = 18;
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private UnifiedSocialCreditCode() {
    }

    /** The check character for the first 17 characters, which must all be in the alphabet. */
    public static char checkCharacter(String first17) {
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
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    public static boolean isValid(String code) {
        if (code == null || code.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return false;
            }
        }
        return checkCharacter(code.substring(0, LENGTH - 1)) == code.charAt(LENGTH - 1);
    }
}
