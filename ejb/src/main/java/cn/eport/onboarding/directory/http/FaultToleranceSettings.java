package cn.eport.onboarding.directory.http;

import cn.eport.onboarding.directory.Directory;
import cn.eport.onboarding.directory.DirectorySettings;

import java.util.Optional;
import java.util.function.Function;

/**
 * What MicroProfile Fault Tolerance applies to the HTTP look-ups of one directory
 * ({@link DirectoryCalls}; the batch job's downloads use the same values from keys of their own),
 * read from the {@code eport.directory.<name>.*} keys (each falling back to
 * {@code eport.directory.http.*}, then to the default):
 * <pre>
 * retries                          1      Retry/maxRetries (0–10)
 * retry-backoff-ms                 200    Retry/delay (the same pause before every retry)
 * connect-timeout-ms + read-timeout-ms    Timeout/value: the bound of one attempt (default 4000)
 * circuit-breaker-requests         10     CircuitBreaker/requestVolumeThreshold: attempts in the rolling window
 * circuit-breaker-failure-percent  50     CircuitBreaker/failureRatio, in percent (1–100)
 * circuit-breaker-delay-ms         10000  CircuitBreaker/delay: how long an open circuit refuses before trying again
 * </pre>
 */
public record FaultToleranceSettings(int maxRetries, long retryDelayMs, long timeoutMs, int circuitRequests,
                                     int circuitFailurePercent, long circuitDelayMs) {

    public static final int DEFAULT_CIRCUIT_REQUESTS = 10;
    public static final int DEFAULT_CIRCUIT_FAILURE_PERCENT = 50;
    public static final long DEFAULT_CIRCUIT_DELAY_MS = 10_000;

    /**
     * @throws IllegalStateException naming the key when a value is out of its range
     */
    public static FaultToleranceSettings read(Directory directory, Function<String, Optional<String>> config) {
        long retries = DirectorySettings.number(directory, config, "retries", DirectorySettings.DEFAULT_RETRIES);
        long delay = DirectorySettings.number(directory, config, "retry-backoff-ms", DirectorySettings.DEFAULT_RETRY_BACKOFF_MS);
        long timeout = DirectorySettings.number(directory, config, "connect-timeout-ms", DirectorySettings.DEFAULT_CONNECT_TIMEOUT_MS)
                + DirectorySettings.number(directory, config, "read-timeout-ms", DirectorySettings.DEFAULT_READ_TIMEOUT_MS);
        long requests = DirectorySettings.number(directory, config, "circuit-breaker-requests", DEFAULT_CIRCUIT_REQUESTS);
        long percent = DirectorySettings.number(directory, config, "circuit-breaker-failure-percent", DEFAULT_CIRCUIT_FAILURE_PERCENT);
        long circuitDelay = DirectorySettings.number(directory, config, "circuit-breaker-delay-ms", DEFAULT_CIRCUIT_DELAY_MS);
        String own = DirectorySettings.PREFIX + directory.configName() + ".";
        requireBetween(own + "retries", retries, 0, HttpSettings.MAX_RETRIES);
        requireBetween(own + "circuit-breaker-requests", requests, 1, 10_000);
        requireBetween(own + "circuit-breaker-failure-percent", percent, 1, 100);
        return new FaultToleranceSettings((int) retries, delay, Math.max(timeout, 1), (int) requests, (int) percent, circuitDelay);
    }

    private static void requireBetween(String key, long value, long min, long max) {
        if (value < min || value > max) {
            throw new IllegalStateException("Configuration " + key + "=" + value + " is invalid: expected a whole number from "
                    + min + " to " + max);
        }
    }

    /**
     * The value of one Fault Tolerance parameter ({@code Retry/maxRetries}, {@code Timeout/value}, …)
     * as text, empty for a parameter this class does not set.
     */
    public Optional<String> parameter(String annotationAndParameter) {
        return Optional.ofNullable(switch (annotationAndParameter) {
            case "Retry/maxRetries" -> String.valueOf(maxRetries);
            case "Retry/delay" -> String.valueOf(retryDelayMs);
            case "Timeout/value" -> String.valueOf(timeoutMs);
            case "CircuitBreaker/requestVolumeThreshold" -> String.valueOf(circuitRequests);
            case "CircuitBreaker/failureRatio" -> String.valueOf(circuitFailurePercent / 100.0);
            case "CircuitBreaker/delay" -> String.valueOf(circuitDelayMs);
            default -> null;
        });
    }

    /** The circuit breaker for the server log. */
    public String describeCircuit() {
        return "circuit opens at " + circuitFailurePercent + " % failures of " + circuitRequests + " attempts, for "
                + circuitDelayMs + " ms";
    }
}
