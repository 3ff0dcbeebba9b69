package cn.eport.onboarding.web.api.v1;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class IdempotencyKeysTest {

    @Test
    void theSameCallerPurposeAndKeyAlwaysGiveTheSameToken() {
        String token = IdempotencyKeys.token("ent-a", "declare", "erp-4711");
        assertEquals(token, IdempotencyKeys.token("ent-a", "declare", " erp-4711 "));
        assertEquals(36, token.length(), "fits the request token column");
    }

    @Test
    void anotherCallerOrPurposeNeverMeetsTheToken() {
        String token = IdempotencyKeys.token("ent-a", "declare", "k");
        assertNotEquals(token, IdempotencyKeys.token("ent-b", "declare", "k"));
        assertNotEquals(token, IdempotencyKeys.token("ent-a", "create", "k"));
    }

    @Test
    void aBlankOrOverlongKeyIsNone() {
        assertNull(IdempotencyKeys.token("ent-a", "declare", " "));
        assertNull(IdempotencyKeys.token("ent-a", "declare", null));
        assertEquals(36, IdempotencyKeys.token("ent-a", "declare", "x".repeat(IdempotencyKeys.MAX_LENGTH)).length());
        assertNull(IdempotencyKeys.token("ent-a", "declare", "x".repeat(IdempotencyKeys.MAX_LENGTH + 1)));
    }
}
