package cn.eport.onboarding.account;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(1_000);

    @Test
    void verifiesTheRightPasswordOnly() {
        String stored = hasher.hash("s3cret!".toCharArray());
        assertTrue(hasher.verify("s3cret!".toCharArray(), stored));
        assertFalse(hasher.verify("s3cret".toCharArray(), stored));
        assertFalse(hasher.verify("".toCharArray(), stored));
    }

    @Test
    void storesAlgorithmIterationsSaltAndHashButNeverThePassword() {
        String stored = hasher.hash("s3cret!".toCharArray());
        String[] parts = stored.split("\\$");
        assertEquals(4, parts.length);
        assertEquals("pbkdf2-sha512", parts[0]);
        assertEquals("1000", parts[1]);
        assertFalse(stored.contains("s3cret"));
    }

    @Test
    void saltsEveryHash() {
        assertNotEquals(hasher.hash("same".toCharArray()), hasher.hash("same".toCharArray()));
    }

    @Test
    void honoursTheIterationCountStoredWithTheHash() {
        String stored = new PasswordHasher(2_000).hash("pw".toCharArray());
        assertTrue(hasher.verify("pw".toCharArray(), stored));
    }

    @Test
    void defaultCostMeetsTheOwaspMinimum() {
        assertTrue(new PasswordHasher().hash("pw".toCharArray()).startsWith("pbkdf2-sha512$210000$"));
    }

    @Test
    void malformedStoredValuesNeverMatch() {
        assertFalse(hasher.verify("pw".toCharArray(), null));
        assertFalse(hasher.verify("pw".toCharArray(), "pw"));
        assertFalse(hasher.verify("pw".toCharArray(), "md5$1000$abc$def"));
        assertFalse(hasher.verify("pw".toCharArray(), "pbkdf2-sha512$x$abc$def"));
        assertFalse(hasher.verify("pw".toCharArray(), "pbkdf2-sha512$1000$!!!$def"));
    }
}
