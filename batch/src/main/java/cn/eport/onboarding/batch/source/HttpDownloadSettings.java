package cn.eport.onboarding.batch.source;

import cn.eport.onboarding.directory.http.FaultToleranceSettings;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * How {@link HttpSourceOpener} downloads, from MicroProfile Config:
 * <pre>
 * eport.batch.download.connect-timeout-ms               5000    longest wait for the connection
 * eport.batch.download.read-timeout-ms                  30000   longest pause of the data once connected
 * eport.batch.download.timeout-ms                       600000  longest download of one file (Fault Tolerance Timeout)
 * eport.batch.download.retries                          2       further attempts after a timeout, connection failure, 5xx or 429 (0–10)
 * eport.batch.download.retry-backoff-ms                 1000    pause before each retry
 * eport.batch.download.circuit-breaker-requests         10      attempts in the circuit breaker's rolling window
 * eport.batch.download.circuit-breaker-failure-percent  50      share of failed attempts that opens it (1–100)
 * eport.batch.download.circuit-breaker-delay-ms         60000   how long an open circuit refuses downloads
 * eport.batch.spool-dir                                 {java.io.tmpdir}/eport-spool   where downloads are kept
 * eport.batch.spool-max-age-hours                       72      older spool files are deleted at the next download
 * </pre>
 */
public record HttpDownloadSettings(Duration connectTimeout, Duration readTimeout, FaultToleranceSettings faultTolerance,
                                   Path spoolDir, Duration spoolMaxAge) {

    static final String PREFIX = "eport.batch.download.";
    static final String SPOOL_DIR = "eport.batch.spool-dir";
    static final String SPOOL_MAX_AGE = "eport.batch.spool-max-age-hours";

    /** @throws IllegalStateException naming the key and what was expected when a value is wrong */
    public static HttpDownloadSettings read(Function<String, Optional<String>> config) {
        Path spool = value(config, SPOOL_DIR).map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("java.io.tmpdir"), "eport-spool"));
        return new HttpDownloadSettings(
                Duration.ofMillis(number(config, PREFIX + "connect-timeout-ms", 5_000, 1, Integer.MAX_VALUE)),
                Duration.ofMillis(number(config, PREFIX + "read-timeout-ms", 30_000, 1, Integer.MAX_VALUE)),
                new FaultToleranceSettings(
                        (int) number(config, PREFIX + "retries", 2, 0, 10),
                        number(config, PREFIX + "retry-backoff-ms", 1_000, 0, Long.MAX_VALUE),
                        number(config, PREFIX + "timeout-ms", 600_000, 1, Long.MAX_VALUE),
                        (int) number(config, PREFIX + "circuit-breaker-requests", 10, 1, 10_000),
                        (int) number(config, PREFIX + "circuit-breaker-failure-percent", 50, 1, 100),
                        number(config, PREFIX + "circuit-breaker-delay-ms", 60_000, 0, Long.MAX_VALUE)),
                spool,
                Duration.ofHours(number(config, SPOOL_MAX_AGE, 72, 1, 24 * 365)));
    }

    /** The same settings with other connect and read timeouts (tests). */
    public HttpDownloadSettings withTimeouts(Duration connect, Duration read) {
        return new HttpDownloadSettings(connect, read, faultTolerance, spoolDir, spoolMaxAge);
    }

    private static Optional<String> value(Function<String, Optional<String>> config, String key) {
        return config.apply(key).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static long number(Function<String, Optional<String>> config, String key, long fallback, long min, long max) {
        Optional<String> text = value(config, key);
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            long number = Long.parseLong(text.get());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // named below
        }
        throw new IllegalStateException("Configuration " + key + "=" + text.get() + " is invalid: expected a whole number from "
                + min + " to " + max);
    }
}
