package cn.eport.onboarding.directory;

import cn.eport.onboarding.directory.http.FaultToleranceSettings;
import cn.eport.onboarding.directory.http.HttpSettings;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Which adapter serves a directory and, for HTTP, how to reach it; read from MicroProfile Config.
 * <pre>
 * eport.directory.&lt;name&gt;.adapter            table (default) | http
 * eport.directory.&lt;name&gt;.url                base URL of the HTTP service (required for http)
 * eport.directory.&lt;name&gt;.connect-timeout-ms  default eport.directory.http.connect-timeout-ms, else 1000
 * eport.directory.&lt;name&gt;.read-timeout-ms     default eport.directory.http.read-timeout-ms, else 3000
 * eport.directory.&lt;name&gt;.retries             default eport.directory.http.retries, else 1
 * eport.directory.&lt;name&gt;.retry-backoff-ms    default eport.directory.http.retry-backoff-ms, else 200
 * eport.directory.&lt;name&gt;.circuit-breaker-*   see {@link FaultToleranceSettings}
 * </pre>
 * {@code <name>} is {@link Directory#configName()}. docs/directories-http.md describes the HTTP contract.
 *
 * @param http           the HTTP settings; null for the table adapter
 * @param faultTolerance what Fault Tolerance applies to the HTTP look-ups; null for the table adapter
 */
public record DirectorySettings(Directory directory, Adapter adapter, HttpSettings http,
                                FaultToleranceSettings faultTolerance) {

    public static final String PREFIX = "eport.directory.";
    /** Prefix of the HTTP defaults shared by all directories. */
    public static final String SHARED_HTTP_PREFIX = PREFIX + "http.";

    public static final long DEFAULT_CONNECT_TIMEOUT_MS = 1000;
    public static final long DEFAULT_READ_TIMEOUT_MS = 3000;
    public static final int DEFAULT_RETRIES = 1;
    public static final long DEFAULT_RETRY_BACKOFF_MS = 200;

    public enum Adapter {
        /** The directory table in our own database, filled by the nightly batch job (the default). */
        TABLE,
        /** A JSON-over-HTTP service, asked on every look-up. */
        HTTP
    }

    public DirectorySettings {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(adapter, "adapter");
        if ((adapter == Adapter.HTTP) != (http != null) || (http == null) != (faultTolerance == null)) {
            throw new IllegalArgumentException("HTTP settings belong to the HTTP adapter only");
        }
    }

    /**
     * Reads the settings of one directory.
     *
     * @param config the configuration value of a key, empty when it is not set
     * @throws IllegalStateException naming the key and the accepted values when a value is wrong
     */
    public static DirectorySettings read(Directory directory, Function<String, Optional<String>> config) {
        String own = PREFIX + directory.configName() + ".";
        String adapterKey = own + "adapter";
        String adapterName = value(config, adapterKey).orElse("table");
        Adapter adapter = switch (adapterName.toLowerCase(Locale.ROOT)) {
            case "table" -> Adapter.TABLE;
            case "http" -> Adapter.HTTP;
            default -> throw invalid(adapterKey, adapterName, "table or http");
        };
        if (adapter == Adapter.TABLE) {
            return new DirectorySettings(directory, adapter, null, null);
        }
        String urlKey = own + "url";
        String url = value(config, urlKey).orElseThrow(() -> new IllegalStateException(
                "Configuration " + urlKey + " is required because " + adapterKey + " is http"));
        URI baseUrl;
        try {
            baseUrl = new URI(url);
        } catch (URISyntaxException e) {
            throw invalid(urlKey, url, "an absolute http or https URL");
        }
        Duration connect = Duration.ofMillis(number(config, own, "connect-timeout-ms", DEFAULT_CONNECT_TIMEOUT_MS));
        Duration read = Duration.ofMillis(number(config, own, "read-timeout-ms", DEFAULT_READ_TIMEOUT_MS));
        long retries = number(config, own, "retries", DEFAULT_RETRIES);
        Duration backoff = Duration.ofMillis(number(config, own, "retry-backoff-ms", DEFAULT_RETRY_BACKOFF_MS));
        try {
            return new DirectorySettings(directory, adapter, new HttpSettings(baseUrl, connect, read,
                    (int) Math.min(retries, Integer.MAX_VALUE), backoff), FaultToleranceSettings.read(directory, config));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Configuration of " + own + "*: " + e.getMessage()
                    + " (url " + baseUrl + ", connect " + connect.toMillis() + " ms, read " + read.toMillis()
                    + " ms, retries " + retries + ", backoff " + backoff.toMillis() + " ms)", e);
        }
    }

    /**
     * A whole-number setting {@code eport.directory.<name>.<setting>} of one directory: its own
     * value, else the shared {@code eport.directory.http.<setting>}, else {@code fallback}.
     *
     * @throws IllegalStateException naming the key when the value is not a whole number ≥ 0
     */
    public static long number(Directory directory, Function<String, Optional<String>> config, String setting, long fallback) {
        return number(config, PREFIX + directory.configName() + ".", setting, fallback);
    }

    /** The directory's own value, else the shared HTTP default, else the built-in default. */
    private static long number(Function<String, Optional<String>> config, String own, String name, long fallback) {
        String ownKey = own + name;
        String sharedKey = SHARED_HTTP_PREFIX + name;
        Optional<String> ownValue = value(config, ownKey);
        String key = ownValue.isPresent() ? ownKey : sharedKey;
        Optional<String> text = ownValue.or(() -> value(config, sharedKey));
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            long number = Long.parseLong(text.get());
            if (number < 0) {
                throw invalid(key, text.get(), "a whole number, 0 or more");
            }
            return number;
        } catch (NumberFormatException e) {
            throw invalid(key, text.get(), "a whole number, 0 or more");
        }
    }

    private static Optional<String> value(Function<String, Optional<String>> config, String key) {
        return config.apply(key).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static IllegalStateException invalid(String key, String value, String expected) {
        return new IllegalStateException("Configuration " + key + "=" + value + " is invalid: expected " + expected);
    }

    /** One line for the server log: the adapter and, for HTTP, where and how it connects. */
    public String describe() {
        if (adapter == Adapter.TABLE) {
            return directory.configName() + ": table";
        }
        String circuit = faultTolerance.describeCircuit();
        return directory.configName() + ": http " + http.baseUrl() + " (connect " + http.connectTimeout().toMillis()
                + " ms, read " + http.readTimeout().toMillis() + " ms, retries " + http.retries()
                + ", backoff " + http.retryBackoff().toMillis() + " ms, " + circuit + ")";
    }
}
