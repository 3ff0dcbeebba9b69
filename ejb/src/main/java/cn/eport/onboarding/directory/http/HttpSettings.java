package cn.eport.onboarding.directory.http;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How an HTTP adapter reaches its directory.
 *
 * @param baseUrl        absolute http(s) URL; the contract's paths are appended to it
 * @param connectTimeout longest wait for the connection to be made
 * @param readTimeout    longest wait for the complete answer once connected
 * @param retries        further attempts after a timeout, connection failure or 5xx/429 (0 = none)
 * @param retryBackoff   pause before the first retry; it doubles before each further one
 */
public record HttpSettings(URI baseUrl, Duration connectTimeout, Duration readTimeout, int retries,
                           Duration retryBackoff) {

    public static final int MAX_RETRIES = 10;

    public HttpSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(retryBackoff, "retryBackoff");
        String scheme = baseUrl.getScheme();
        if (!baseUrl.isAbsolute() || baseUrl.getHost() == null
                || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
            throw new IllegalArgumentException("an absolute http or https URL is needed");
        }
        if (baseUrl.getQuery() != null || baseUrl.getFragment() != null) {
            throw new IllegalArgumentException("the base URL must not have a query or fragment");
        }
        if (baseUrl.getUserInfo() != null) {
            // it would end up in logs, and the client would not send it anyway
            throw new IllegalArgumentException("the base URL must not carry credentials");
        }
        if (connectTimeout.isNegative() || connectTimeout.isZero()
                || readTimeout.isNegative() || readTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
        if (retries < 0 || retries > MAX_RETRIES) {
            throw new IllegalArgumentException("retries must be between 0 and " + MAX_RETRIES);
        }
        if (retryBackoff.isNegative()) {
            throw new IllegalArgumentException("the retry backoff must not be negative");
        }
        // "https://host/api/" and "https://host/api" mean the same
        String text = baseUrl.toString();
        if (text.endsWith("/")) {
            baseUrl = URI.create(text.substring(0, text.length() - 1));
        }
    }

    /** Pause before the given retry (1 = first retry): the backoff, doubled for each further retry. */
    public Duration backoffBefore(int retry) {
        if (retry < 1) {
            throw new IllegalArgumentException("retries count from 1");
        }
        return retryBackoff.multipliedBy(1L << Math.min(retry - 1, 20));
    }
}
