package cn.eport.onboarding.apitoken;

import cn.eport.onboarding.audit.Sha256;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The secret of a personal API token: {@value #PREFIX} and 32 random bytes in base64url without
 * padding (43 characters). Only its SHA-256 ({@link #hash()}) is stored; {@link #displayPrefix()} is the
 * start the user sees on the token page to tell tokens apart (12 characters: too few to guess the rest).
 *
 * @param value the whole token, as the client sends it
 */
public record ApiTokenSecret(String value) {

    public static final String PREFIX = "eport_";
    private static final int RANDOM_BYTES = 32;
    private static final int DISPLAY_LENGTH = PREFIX.length() + 6;
    private static final Pattern FORMAT = Pattern.compile(Pattern.quote(PREFIX) + "[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    public ApiTokenSecret {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not an API token");
        }
    }

    /** A new token from {@link SecureRandom}. */
    public static ApiTokenSecret generate() {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return new ApiTokenSecret(PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** The token a client sent, when it has the format of one (anything else cannot be a token). */
    public static Optional<ApiTokenSecret> parse(String text) {
        return text != null && FORMAT.matcher(text).matches() ? Optional.of(new ApiTokenSecret(text)) : Optional.empty();
    }

    /** What the database keeps: the SHA-256 of the token, lower-case hex. */
    public String hash() {
        return Sha256.hex(value);
    }

    public String displayPrefix() {
        return value.substring(0, DISPLAY_LENGTH);
    }

    /** Never the secret itself: records end up in logs. */
    @Override
    public String toString() {
        return displayPrefix() + "…";
    }
}
