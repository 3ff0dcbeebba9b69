package cn.eport.onboarding.account;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

/**
 * Salted PBKDF2-HMAC-SHA512 password hashes. The stored form carries the algorithm,
 * the iteration count and the salt, so the cost can be raised later without breaking old hashes:
 * {@code pbkdf2-sha512$210000$<salt>$<hash>} (Base64).
 */
public class PasswordHasher {

    static final String ALGORITHM_ID = "pbkdf2-sha512";
    /** OWASP Password Storage Cheat Sheet minimum for PBKDF2-HMAC-SHA512. */
    static final int DEFAULT_ITERATIONS = 210_000;
    private static final String JCA_ALGORITHM = "PBKDF2WithHmacSHA512";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 512;

    private final SecureRandom random = new SecureRandom();
    private final int iterations;

    public PasswordHasher() {
        this(DEFAULT_ITERATIONS);
    }

    PasswordHasher(int iterations) {
        this.iterations = iterations;
    }

    public String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = derive(password, salt, iterations);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return ALGORITHM_ID + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    /** Constant-time comparison; a malformed stored value never matches. */
    public boolean verify(char[] password, String stored) {
        String[] parts = stored == null ? new String[0] : stored.split("\\$");
        if (parts.length != 4 || !ALGORITHM_ID.equals(parts[0])) {
            return false;
        }
        try {
            int storedIterations = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            byte[] actual = derive(password, salt, storedIterations);
            return MessageDigest.isEqual(expected, actual);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance(JCA_ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(JCA_ALGORITHM + " is not available in this JVM", e);
        } finally {
            spec.clearPassword();
        }
    }

    /** A hash of a random password, used to spend the same time when the username is unknown. */
    String decoyHash() {
        char[] decoy = new char[16];
        for (int i = 0; i < decoy.length; i++) {
            decoy[i] = (char) ('a' + random.nextInt(26));
        }
        String h = hash(decoy);
        Arrays.fill(decoy, '\0');
        return h;
    }
}
