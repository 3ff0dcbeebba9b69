package cn.eport.onboarding.autosave;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

/**
 * AES-256-GCM for kept form input: a fresh 96-bit nonce per payload, the 128-bit tag, and associated
 * data naming the owner, so a payload decrypts only with the server's key and only for the row of
 * the user and kind it was made for (one copied to another user's row fails). The stored bytes are a
 * format byte, the nonce and the ciphertext with its tag.
 */
public final class AutosaveCipher {

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final byte FORMAT = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;

    public AutosaveCipher(SecretKey key) {
        if (!"AES".equals(key.getAlgorithm()) || key.getEncoded() == null || key.getEncoded().length != AutosaveKeys.KEY_BYTES) {
            throw new IllegalArgumentException("an AES key of " + AutosaveKeys.KEY_BYTES * 8 + " bits");
        }
        this.key = key;
    }

    public byte[] encrypt(byte[] plain, byte[] associatedData) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData);
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length).put(FORMAT).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /**
     * @throws AutosaveUnreadableException when the bytes were changed, made with another key or for
     *                                     other associated data, or are not of this format
     */
    public byte[] decrypt(byte[] stored, byte[] associatedData) {
        if (stored == null || stored.length < 1 + NONCE_BYTES + TAG_BITS / 8 || stored[0] != FORMAT) {
            throw new AutosaveUnreadableException("not a kept input of this format");
        }
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 1, NONCE_BYTES));
            cipher.updateAAD(associatedData);
            return cipher.doFinal(stored, 1 + NONCE_BYTES, stored.length - 1 - NONCE_BYTES);
        } catch (AEADBadTagException e) {
            throw new AutosaveUnreadableException("the kept input does not authenticate (changed, or another key)");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }
}
