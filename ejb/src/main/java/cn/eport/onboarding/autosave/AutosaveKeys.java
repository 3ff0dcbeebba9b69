package cn.eport.onboarding.autosave;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * Where the key of kept form input comes from (docs/adr/0028-form-autosave.md), never the database:
 * the configured key ({@code eport.autosave.key}, Base64 of 32 bytes, e.g. from a password alias), or
 * else a key file ({@code eport.autosave.key-file}, by default {@code config/eport-autosave.key} in
 * the server's domain), made on first use with random bytes and readable by the server's user only.
 */
public final class AutosaveKeys {

    /** AES-256. */
    public static final int KEY_BYTES = 32;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private AutosaveKeys() {
    }

    /** A configured key, Base64. */
    public static SecretKey decode(String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the key of kept form input is not Base64");
        }
        if (bytes.length != KEY_BYTES) {
            throw new IllegalStateException("the key of kept form input must be " + KEY_BYTES + " bytes, not " + bytes.length);
        }
        return new SecretKeySpec(bytes, "AES");
    }

    /** The key in the file, which is made (with a new random key) when there is none yet. */
    public static SecretKey fromFile(Path file) {
        try {
            Optional<SecretKey> existing = read(file);
            if (existing.isPresent()) {
                return existing.get();
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            byte[] bytes = new byte[KEY_BYTES];
            new SecureRandom().nextBytes(bytes);
            Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), ".autosave-key", ".tmp");
            try {
                restrict(temporary);
                Files.writeString(temporary, Base64.getEncoder().encodeToString(bytes) + "\n", StandardCharsets.US_ASCII);
                // no replacing: when another server thread made the file meanwhile, its key is the one
                Files.move(temporary, file);
                return new SecretKeySpec(bytes, "AES");
            } catch (FileAlreadyExistsException e) {
                return read(file).orElseThrow(() -> new IllegalStateException("the key file " + file + " is empty"));
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the key file of kept form input: " + file, e);
        }
    }

    private static Optional<SecretKey> read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        String text = Files.readString(file, StandardCharsets.US_ASCII).trim();
        return text.isEmpty() ? Optional.empty() : Optional.of(decode(text));
    }

    private static void restrict(Path file) throws IOException {
        if (Files.getFileAttributeView(file, java.nio.file.attribute.PosixFileAttributeView.class) != null) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }
}
