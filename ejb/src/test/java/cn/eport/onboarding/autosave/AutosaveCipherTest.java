package cn.eport.onboarding.autosave;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AutosaveCipherTest {

    private static final byte[] OWNER = "form-autosave\nent-a\nOPERATOR".getBytes(StandardCharsets.UTF_8);
    private static final byte[] TEXT = "{\"contactName\":\"王会话\",\"customsDistrictCode\":\"0100\"}".getBytes(StandardCharsets.UTF_8);

    private static SecretKey key(int seed) {
        byte[] bytes = new byte[32];
        Arrays.fill(bytes, (byte) seed);
        return new SecretKeySpec(bytes, "AES");
    }

    private final AutosaveCipher cipher = new AutosaveCipher(key(7));

    @Test
    void whatIsEncryptedDecryptsToTheSameBytes() {
        byte[] stored = cipher.encrypt(TEXT, OWNER);

        assertArrayEquals(TEXT, cipher.decrypt(stored, OWNER));
        assertFalse(new String(stored, StandardCharsets.UTF_8).contains("王会话"), "no plain text at rest");
        assertEquals(1 + 12 + TEXT.length + 16, stored.length, "format byte, nonce, ciphertext, tag");
    }

    @Test
    void everyPayloadHasItsOwnNonce() {
        assertNotEquals(Base64.getEncoder().encodeToString(cipher.encrypt(TEXT, OWNER)),
                Base64.getEncoder().encodeToString(cipher.encrypt(TEXT, OWNER)));
    }

    @Test
    void aChangedByteAnywhereIsRefused() {
        byte[] stored = cipher.encrypt(TEXT, OWNER);
        for (int i = 0; i < stored.length; i++) {
            byte[] tampered = stored.clone();
            tampered[i] ^= 0x01;
            assertThrows(AutosaveUnreadableException.class, () -> cipher.decrypt(tampered, OWNER), "byte " + i);
        }
        assertThrows(AutosaveUnreadableException.class, () -> cipher.decrypt(Arrays.copyOf(stored, stored.length - 1), OWNER));
        assertThrows(AutosaveUnreadableException.class, () -> cipher.decrypt(new byte[5], OWNER));
    }

    @Test
    void anotherOwnersRowOrAnotherKeyCannotReadIt() {
        byte[] stored = cipher.encrypt(TEXT, OWNER);

        byte[] otherUser = "form-autosave\nent-b\nOPERATOR".getBytes(StandardCharsets.UTF_8);
        assertThrows(AutosaveUnreadableException.class, () -> cipher.decrypt(stored, otherUser));
        assertThrows(AutosaveUnreadableException.class, () -> new AutosaveCipher(key(8)).decrypt(stored, OWNER));
    }

    @Test
    void onlyAes256KeysAreAccepted() {
        assertThrows(IllegalArgumentException.class, () -> new AutosaveCipher(new SecretKeySpec(new byte[16], "AES")));
        assertThrows(IllegalArgumentException.class, () -> new AutosaveCipher(new SecretKeySpec(new byte[32], "HmacSHA256")));
    }

    @Test
    void aConfiguredKeyIsBase64OfThirtyTwoBytes() {
        SecretKey key = AutosaveKeys.decode(Base64.getEncoder().encodeToString(key(3).getEncoded()) + "\n");
        assertArrayEquals(key(3).getEncoded(), key.getEncoded());
        assertThrows(IllegalStateException.class, () -> AutosaveKeys.decode("not base64 !"));
        assertThrows(IllegalStateException.class, () -> AutosaveKeys.decode(Base64.getEncoder().encodeToString(new byte[16])));
    }

    @Test
    void theKeyFileIsMadeOnceReadableByItsOwnerOnlyAndThenReused(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("config").resolve("eport-autosave.key");

        SecretKey made = AutosaveKeys.fromFile(file);
        SecretKey again = AutosaveKeys.fromFile(file);

        assertArrayEquals(made.getEncoded(), again.getEncoded());
        assertEquals(32, made.getEncoded().length);
        assertNotEquals(Base64.getEncoder().encodeToString(new byte[32]), Base64.getEncoder().encodeToString(made.getEncoded()));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        try (var left = Files.list(file.getParent())) {
            assertEquals(1, left.count(), "no temporary file left");
        }
        byte[] stored = new AutosaveCipher(made).encrypt(TEXT, OWNER);
        assertArrayEquals(TEXT, new AutosaveCipher(again).decrypt(stored, OWNER), "a restart reads what was kept before");
        assertTrue(AutosaveKeys.fromFile(directory.resolve("other.key")).getEncoded().length == 32);
        assertFalse(Arrays.equals(made.getEncoded(), AutosaveKeys.fromFile(directory.resolve("other.key")).getEncoded()));
    }
}
