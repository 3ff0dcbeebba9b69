package cn.eport.onboarding.directory.http;

import cn.eport.onboarding.directory.Directory;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The product's keys as Fault Tolerance's parameters of {@link DirectoryCalls}. */
class FaultToleranceSettingsTest {

    private static FaultToleranceSettings read(Directory directory, Map<String, String> config) {
        return FaultToleranceSettings.read(directory, key -> Optional.ofNullable(config.get(key)));
    }

    @Test
    void theDefaultsAreTheAnnotationValues() throws NoSuchMethodException {
        FaultToleranceSettings defaults = read(Directory.REGISTRY, Map.of());
        var method = DirectoryCalls.class.getMethod("registry", Attempts.Attempt.class);
        var retry = method.getAnnotation(org.eclipse.microprofile.faulttolerance.Retry.class);
        var timeout = method.getAnnotation(org.eclipse.microprofile.faulttolerance.Timeout.class);
        var circuit = method.getAnnotation(org.eclipse.microprofile.faulttolerance.CircuitBreaker.class);
        assertEquals(String.valueOf(retry.maxRetries()), defaults.parameter("Retry/maxRetries").orElseThrow());
        assertEquals(String.valueOf(retry.delay()), defaults.parameter("Retry/delay").orElseThrow());
        assertEquals(String.valueOf(timeout.value()), defaults.parameter("Timeout/value").orElseThrow());
        assertEquals(String.valueOf(circuit.requestVolumeThreshold()), defaults.parameter("CircuitBreaker/requestVolumeThreshold").orElseThrow());
        assertEquals(String.valueOf(circuit.failureRatio()), defaults.parameter("CircuitBreaker/failureRatio").orElseThrow());
        assertEquals(String.valueOf(circuit.delay()), defaults.parameter("CircuitBreaker/delay").orElseThrow());
        assertEquals(Optional.empty(), defaults.parameter("Bulkhead/value"));
    }

    @Test
    void everyDirectoryMethodHasTheSameAnnotations() throws NoSuchMethodException {
        var registry = DirectoryCalls.class.getMethod("registry", Attempts.Attempt.class);
        for (Directory directory : Directory.values()) {
            var method = DirectoryCalls.class.getMethod(DirectoryCalls.methodOf(directory), Attempts.Attempt.class);
            assertEquals(java.util.Arrays.toString(registry.getAnnotations()), java.util.Arrays.toString(method.getAnnotations()),
                    directory.name());
        }
    }

    @Test
    void ownValuesBeatSharedOnesWhichBeatTheDefaults() {
        FaultToleranceSettings settings = read(Directory.PENDING_FILINGS, Map.of(
                "eport.directory.http.retries", "3",
                "eport.directory.pending-filings.retries", "0",
                "eport.directory.http.retry-backoff-ms", "50",
                "eport.directory.pending-filings.read-timeout-ms", "500",
                "eport.directory.http.circuit-breaker-requests", "4",
                "eport.directory.pending-filings.circuit-breaker-failure-percent", "75",
                "eport.directory.registry.circuit-breaker-delay-ms", "1"));
        assertEquals(new FaultToleranceSettings(0, 50, 1500, 4, 75, 10_000), settings);
        assertEquals("0.75", settings.parameter("CircuitBreaker/failureRatio").orElseThrow());
    }

    @Test
    void theConfigSourceAnswersOnlyTheKeysOfDirectoryCalls() {
        DirectoryFaultToleranceSource source = new DirectoryFaultToleranceSource();
        assertEquals(null, source.getValue("eport.directory.registry.retries"));
        assertEquals(null, source.getValue("cn.eport.onboarding.directory.http.DirectoryCalls/" + "unknownMethod/Retry/maxRetries"));
        assertEquals(null, source.getValue("cn.eport.onboarding.directory.http.DirectoryCalls/" + "registry"));
        assertEquals(Optional.of(Directory.FOREX_DEREGISTRATIONS), DirectoryFaultToleranceSource.directoryOf("forexDeregistrations"));
        assertEquals(50, source.getOrdinal());
    }
}
