package cn.eport.onboarding.codetable;

import java.util.regex.Pattern;

/**
 * What a code looks like in every code table: 1 to 32 of the characters {@code 0-9 A-Z _ -},
 * starting with a digit or letter. Because codes are plain ASCII, code order is the same byte
 * order on every database, and a typed text with any other character cannot be the start of a code.
 */
public final class CodeSyntax {

    public static final int MAX_LENGTH = 32;
    private static final Pattern CODE = Pattern.compile("[0-9A-Z][0-9A-Z_-]{0," + (MAX_LENGTH - 1) + "}");
    private static final Pattern CODE_START = Pattern.compile("[0-9A-Za-z_-]{0," + MAX_LENGTH + "}");

    private CodeSyntax() {
    }

    public static boolean isCode(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    /** Whether some code could start with this text (letters in either case, since codes are upper case). */
    public static boolean couldStartACode(String text) {
        return text != null && CODE_START.matcher(text).matches();
    }
}
