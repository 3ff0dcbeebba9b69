package cn.eport.onboarding.autosave;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import javax.crypto.SecretKey;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The settings of kept form input (MicroProfile Config; README "Settings"): how long unsaved input is
 * kept ({@value #RETENTION_HOURS}, default 168 = 7 days), the largest payload ({@value #MAX_BYTES},
 * default 65536), and the key ({@value #KEY} or else the file {@value #KEY_FILE}, by default
 * {@code config/eport-autosave.key} of the server's domain). The key is read once.
 */
@ApplicationScoped
public class AutosaveSettings {

    public static final String RETENTION_HOURS = "eport.autosave.retention-hours";
    public static final String MAX_BYTES = "eport.autosave.max-bytes";
    public static final String KEY = "eport.autosave.key";
    public static final String KEY_FILE = "eport.autosave.key-file";
    private static final String DOMAIN_DIRECTORY = "com.sun.aas.instanceRoot";

    private volatile AutosaveCipher cipher;

    private static Config config() {
        return ConfigProvider.getConfig();
    }

    public Duration retention() {
        int hours = config().getOptionalValue(RETENTION_HOURS, Integer.class).orElse(168);
        if (hours < 1) {
            throw new IllegalStateException(RETENTION_HOURS + " must be at least 1 (hours), not " + hours);
        }
        return Duration.ofHours(hours);
    }

    public int maxBytes() {
        int bytes = config().getOptionalValue(MAX_BYTES, Integer.class).orElse(65536);
        if (bytes < 1024) {
            throw new IllegalStateException(MAX_BYTES + " must be at least 1024, not " + bytes);
        }
        return bytes;
    }

    public AutosaveCipher cipher() {
        AutosaveCipher result = cipher;
        if (result == null) {
            synchronized (this) {
                if (cipher == null) {
                    cipher = new AutosaveCipher(key());
                }
                result = cipher;
            }
        }
        return result;
    }

    private static SecretKey key() {
        Optional<String> configured = config().getOptionalValue(KEY, String.class).filter(k -> !k.isBlank());
        if (configured.isPresent()) {
            return AutosaveKeys.decode(configured.get());
        }
        return AutosaveKeys.fromFile(config().getOptionalValue(KEY_FILE, String.class).map(Path::of).orElseGet(() ->
                Path.of(Optional.ofNullable(System.getProperty(DOMAIN_DIRECTORY)).orElse("."), "config", "eport-autosave.key")));
    }
}
