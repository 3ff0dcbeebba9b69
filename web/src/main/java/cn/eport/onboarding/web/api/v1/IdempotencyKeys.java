package cn.eport.onboarding.web.api.v1;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The request token a service receives for an {@code Idempotency-Key}: the services recognise a
 * submission sent again by its request token (a resent form), which is what the key is for. The token
 * is derived from the caller, the purpose and the key, so that two callers' keys never meet (request
 * tokens are unique across enterprises) and any key up to {@link #MAX_LENGTH} fits the 36 characters
 * a token is stored in.
 */
public final class IdempotencyKeys {

    /** The longest key taken. */
    public static final int MAX_LENGTH = 255;

    private IdempotencyKeys() {
    }

    /** A name-based UUID of caller, purpose and key; {@code null} when the key is blank or too long. */
    public static String token(String caller, String purpose, String key) {
        String stripped = key == null ? "" : key.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_LENGTH) {
            return null;
        }
        return UUID.nameUUIDFromBytes((caller + '\n' + purpose + '\n' + stripped).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
