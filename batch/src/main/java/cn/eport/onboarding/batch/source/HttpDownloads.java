package cn.eport.onboarding.batch.source;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

import java.io.IOException;
import java.time.temporal.ChronoUnit;

/**
 * MicroProfile Fault Tolerance around the downloads of {@link HttpSourceOpener}. The annotation
 * values are the defaults of {@link HttpDownloadSettings}; {@link HttpDownloadConfigSource} hands
 * Fault Tolerance the values of the {@code eport.batch.download.*} keys. Only
 * {@link HttpDownloadFailure.Unreachable} and Fault Tolerance's own timeout are retried and count
 * against the circuit breaker.
 */
@ApplicationScoped
public class HttpDownloads {

    /** One attempt: the downloaded result, or {@link HttpDownloadFailure.Unreachable} to try again. */
    @FunctionalInterface
    public interface Attempt<T> {
        T run() throws IOException;
    }

    @Retry(maxRetries = 2, delay = 1000, delayUnit = ChronoUnit.MILLIS, jitter = 0,
            retryOn = {HttpDownloadFailure.Unreachable.class, TimeoutException.class})
    @Timeout(value = 600_000, unit = ChronoUnit.MILLIS)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 60_000, delayUnit = ChronoUnit.MILLIS,
            successThreshold = 1, failOn = {HttpDownloadFailure.Unreachable.class, TimeoutException.class})
    public <T> T download(Attempt<T> attempt) throws IOException {
        return attempt.run();
    }
}
