package cn.eport.onboarding.validation;

import java.util.function.IntPredicate;

/** Character-level checks shared by the validators; positions count code points from 1. */
final class Characters {

    static final IntPredicate DIGIT = c -> c >= '0' && c <= '9';
    static final IntPredicate LETTER = c -> c >= 'A' && c <= 'Z';
    static final IntPredicate LETTER_OR_DIGIT = DIGIT.or(LETTER);
    static final IntPredicate CHECK_DIGIT = DIGIT.or(c -> c == 'X');

    private Characters() {
    }

    /** The number of characters as a person counts them (code points). */
    static int length(String value) {
        return value.codePointCount(0, value.length());
    }

    /**
     * Adds {@code reason} (arguments position, character) for the first character in positions
     * {@code from..to} (inclusive, clipped to the input) that {@code allowed} refuses.
     *
     * @return whether all of them were allowed
     */
    static boolean require(String value, int from, int to, IntPredicate allowed, Reason reason,
                           ValidationResult.Builder result) {
        int[] codePoints = value.codePoints().toArray();
        for (int position = from; position <= Math.min(to, codePoints.length); position++) {
            int c = codePoints[position - 1];
            if (!allowed.test(c)) {
                result.error(reason, position, shown(c));
                return false;
            }
        }
        return true;
    }

    /** A character as a message can show it: invisible ones as U+XXXX. */
    static String shown(int codePoint) {
        if (Character.isISOControl(codePoint) || !Character.isDefined(codePoint)
                || Character.getType(codePoint) == Character.FORMAT
                || Character.getType(codePoint) == Character.PRIVATE_USE
                || Character.getType(codePoint) == Character.SURROGATE) {
            return String.format("U+%04X", codePoint);
        }
        return new String(Character.toChars(codePoint));
    }
}
