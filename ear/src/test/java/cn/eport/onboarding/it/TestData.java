package cn.eport.onboarding.it;

import cn.eport.onboarding.validation.UsccValidator;

import java.util.concurrent.ThreadLocalRandom;

/** Unique test values, so tests never depend on each other's data in the shared run database. */
public final class TestData {

    private TestData() {
    }

    /** A fresh USCC with a correct check character (enterprise, Beijing Haidian). */
    public static String newUscc() {
        StringBuilder code = new StringBuilder("91110108");
        for (int i = 0; i < 9; i++) {
            code.append(UsccValidator.ALPHABET.charAt(ThreadLocalRandom.current().nextInt(10)));
        }
        return code.append(UsccValidator.checkCharacter(code.toString())).toString();
    }

    public static String newUsername(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime(), 36);
    }
}
