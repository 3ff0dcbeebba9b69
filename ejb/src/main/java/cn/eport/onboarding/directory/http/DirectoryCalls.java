package cn.eport.onboarding.directory.http;

import cn.eport.onboarding.directory.Directory;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

import java.time.temporal.ChronoUnit;

/**
 * MicroProfile Fault Tolerance around the look-ups of the HTTP directory adapters: one method per
 * directory, so each has its own circuit breaker and its own settings. The annotations stand on
 * each method, not once on the class: the per-method configuration keys of the spec apply to
 * method-level annotations (FaultToleranceSettingsTest checks the five are alike). The annotation values are
 * the defaults of docs/directories-http.md; {@link DirectoryFaultToleranceSource} hands Fault
 * Tolerance the values of the {@code eport.directory.<name>.*} keys under Fault Tolerance's own
 * names ({@code <this class>/<method>/Retry/maxRetries}, …).
 * <p>
 * Only {@link DirectoryUnreachable} (timeout, connection failure, 5xx, 429) and Fault Tolerance's
 * own timeout are retried and count as failures; a 404 or a malformed answer is an answer.
 * Interceptors apply to calls through the CDI proxy only: {@link #forDirectory} hands out the
 * method of one directory on the proxy.
 */
@ApplicationScoped
public class DirectoryCalls {

    @Retry(maxRetries = 1, delay = 200, delayUnit = ChronoUnit.MILLIS, jitter = 0,
            retryOn = {DirectoryUnreachable.class, TimeoutException.class})
    @Timeout(value = 4000, unit = ChronoUnit.MILLIS)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10000, delayUnit = ChronoUnit.MILLIS,
            successThreshold = 1, failOn = {DirectoryUnreachable.class, TimeoutException.class})
    public <T> T registry(Attempts.Attempt<T> attempt) throws DirectoryUnreachable {
        return attempt.run();
    }

    @Retry(maxRetries = 1, delay = 200, delayUnit = ChronoUnit.MILLIS, jitter = 0,
            retryOn = {DirectoryUnreachable.class, TimeoutException.class})
    @Timeout(value = 4000, unit = ChronoUnit.MILLIS)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10000, delayUnit = ChronoUnit.MILLIS,
            successThreshold = 1, failOn = {DirectoryUnreachable.class, TimeoutException.class})
    public <T> T forexEnterprises(Attempts.Attempt<T> attempt) throws DirectoryUnreachable {
        return attempt.run();
    }

    @Retry(maxRetries = 1, delay = 200, delayUnit = ChronoUnit.MILLIS, jitter = 0,
            retryOn = {DirectoryUnreachable.class, TimeoutException.class})
    @Timeout(value = 4000, unit = ChronoUnit.MILLIS)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10000, delayUnit = ChronoUnit.MILLIS,
            successThreshold = 1, failOn = {DirectoryUnreachable.class, TimeoutException.class})
    public <T> T forexDeregistrations(Attempts.Attempt<T> attempt) throws DirectoryUnreachable {
        return attempt.run();
    }

    @Retry(maxRetries = 1, delay = 200, delayUnit = ChronoUnit.MILLIS, jitter = 0,
            retryOn = {DirectoryUnreachable.class, TimeoutException.class})
    @Timeout(value = 4000, unit = ChronoUnit.MILLIS)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10000, delayUnit = ChronoUnit.MILLIS,
            successThreshold = 1, failOn = {DirectoryUnreachable.class, TimeoutException.class})
    public <T> T customsRecords(Attempts.Attempt<T> attempt) throws DirectoryUnreachable {
        return attempt.run();
    }

    @Retry(maxRetries = 1, delay = 200, delayUnit = ChronoUnit.MILLIS, jitter = 0,
            retryOn = {DirectoryUnreachable.class, TimeoutException.class})
    @Timeout(value = 4000, unit = ChronoUnit.MILLIS)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10000, delayUnit = ChronoUnit.MILLIS,
            successThreshold = 1, failOn = {DirectoryUnreachable.class, TimeoutException.class})
    public <T> T pendingFilings(Attempts.Attempt<T> attempt) throws DirectoryUnreachable {
        return attempt.run();
    }

    /** The Fault Tolerance method of a directory; also its name in the Fault Tolerance keys. */
    static String methodOf(Directory directory) {
        return switch (directory) {
            case REGISTRY -> "registry";
            case FOREX_ENTERPRISES -> "forexEnterprises";
            case FOREX_DEREGISTRATIONS -> "forexDeregistrations";
            case CUSTOMS_RECORDS -> "customsRecords";
            case PENDING_FILINGS -> "pendingFilings";
        };
    }

    /**
     * The attempts of one directory through {@code calls}, which must be the injected proxy (a
     * call on {@code this} would bypass Fault Tolerance).
     */
    public static Attempts forDirectory(DirectoryCalls calls, Directory directory) {
        return new Attempts() {
            @Override
            public <T> T run(Attempt<T> attempt) throws DirectoryUnreachable {
                return switch (directory) {
                    case REGISTRY -> calls.registry(attempt);
                    case FOREX_ENTERPRISES -> calls.forexEnterprises(attempt);
                    case FOREX_DEREGISTRATIONS -> calls.forexDeregistrations(attempt);
                    case CUSTOMS_RECORDS -> calls.customsRecords(attempt);
                    case PENDING_FILINGS -> calls.pendingFilings(attempt);
                };
            }
        };
    }
}
