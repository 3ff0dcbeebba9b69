package cn.eport.onboarding.apitoken;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApiTokenSecretTest {

    @Test
    void aNewTokenIsEportAnd32RandomBytesInBase64Url() {
        String token = ApiTokenSecret.generate().value();
        assertTrue(token.matches("eport_[A-Za-z0-9_-]{43}"), token);
        Set<String> many = new HashSet<>();
        IntStream.range(0, 1000).forEach(i -> many.add(ApiTokenSecret.generate().value()));
        assertEquals(1000, many.size());
    }

    @Test
    void theStoredHashIsTheSha256HexOfTheWholeToken() {
        ApiTokenSecret secret = new ApiTokenSecret("eport_" + "a".repeat(43));
        // sha256 of "eport_" and 43 × "a", computed independently (sha256sum)
        assertEquals("67e74c27b8cd3dc0318a3cb859536f0891bb427a0e3798626a0e4ea91368632b", secret.hash());
        assertEquals(secret.hash(), new ApiTokenSecret(secret.value()).hash());
        assertNotEquals(secret.hash(), new ApiTokenSecret("eport_" + "b".repeat(43)).hash());
        assertFalse(secret.hash().contains(secret.value().substring(6)));
    }

    @Test
    void theDisplayPrefixAndToStringNeverShowTheSecretPart() {
        ApiTokenSecret secret = ApiTokenSecret.generate();
        assertEquals(12, secret.displayPrefix().length());
        assertTrue(secret.value().startsWith(secret.displayPrefix()));
        assertFalse(secret.toString().contains(secret.value().substring(12)));
    }

    @Test
    void onlyTextOfTheFormatParses() {
        assertTrue(ApiTokenSecret.parse("eport_" + "-_09azAZ".repeat(5) + "abc").isPresent());
        for (String text : new String[]{null, "", "eport_", "eport_" + "a".repeat(42), "eport_" + "a".repeat(44),
                "EPORT_" + "a".repeat(43), "eport_" + "a".repeat(42) + "=", "eport_" + "a".repeat(42) + "+"}) {
            assertTrue(ApiTokenSecret.parse(text).isEmpty(), String.valueOf(text));
        }
        assertThrows(IllegalArgumentException.class, () -> new ApiTokenSecret("nonsense"));
    }

    @Test
    void lifetimesAreTheChoicesOnly() {
        assertEquals(30, ApiTokenLifetime.ofDays(30).toDays());
        assertEquals(365, ApiTokenLifetime.ofDays(365).toDays());
        for (int days : new int[]{0, -1, 1, 366, 400}) {
            ApiTokenRejectedException e = assertThrows(ApiTokenRejectedException.class, () -> ApiTokenLifetime.ofDays(days));
            assertEquals(ApiTokenRejectedException.Reason.LIFETIME, e.getReason());
        }
    }
}
