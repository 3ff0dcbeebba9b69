package cn.eport.onboarding.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a new password must satisfy (the usual rule of Chinese government systems under MLPS 2.0):
 * at least 8 characters, at least three of upper case, lower case, digits and other characters,
 * and not containing the username. Each broken rule is reported by its own code.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;

    public enum Violation {
        TOO_SHORT,
        TOO_LONG,
        TOO_FEW_CHARACTER_KINDS,
        CONTAINS_USERNAME
    }

    private PasswordPolicy() {
    }

    public static List<Violation> check(String username, char[] password) {
        List<Violation> violations = new ArrayList<>();
        if (password.length < MIN_LENGTH) {
            violations.add(Violation.TOO_SHORT);
        }
        if (password.length > MAX_LENGTH) {
            violations.add(Violation.TOO_LONG);
        }
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        boolean other = false;
        for (char c : password) {
            if (Character.isUpperCase(c)) {
                upper = true;
            } else if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else {
                other = true;
            }
        }
        int kinds = (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
        if (kinds < 3) {
            violations.add(Violation.TOO_FEW_CHARACTER_KINDS);
        }
        String name = Account.normalizeUsername(username);
        if (name.length() >= 3 && new String(password).toLowerCase(Locale.ROOT).contains(name)) {
            violations.add(Violation.CONTAINS_USERNAME);
        }
        return violations;
    }
}
