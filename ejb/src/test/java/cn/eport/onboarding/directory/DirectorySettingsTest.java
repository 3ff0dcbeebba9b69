package cn.eport.onboarding.directory;

import cn.eport.onboarding.directory.DirectorySettings.Adapter;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DirectorySettingsTest {

    private static DirectorySettings read(Directory directory, Map<String, String> config) {
        return DirectorySettings.read(directory, key -> Optional.ofNullable(config.get(key)));
    }

    @Test
    void theTableIsTheDefault() {
        for (Directory directory : Directory.values()) {
            DirectorySettings settings = read(directory, Map.of());
            assertEquals(Adapter.TABLE, settings.adapter());
            assertNull(settings.http());
        }
    }

    @Test
    void httpWithTheBuiltInDefaults() {
        DirectorySettings settings = read(Directory.REGISTRY, Map.of(
                "eport.directory.registry.adapter", "HTTP ",
                "eport.directory.registry.url", "https://registry.example.cn/api/"));
        assertEquals(Adapter.HTTP, settings.adapter());
        assertEquals(URI.create("https://registry.example.cn/api"), settings.http().baseUrl());
        assertEquals(Duration.ofMillis(1000), settings.http().connectTimeout());
        assertEquals(Duration.ofMillis(3000), settings.http().readTimeout());
        assertEquals(1, settings.http().retries());
        assertEquals(Duration.ofMillis(200), settings.http().retryBackoff());
    }

    @Test
    void aDirectorysOwnValueWinsOverTheSharedOne() {
        Map<String, String> config = Map.of(
                "eport.directory.customs-records.adapter", "http",
                "eport.directory.customs-records.url", "http://127.0.0.1:9000/customs",
                "eport.directory.http.connect-timeout-ms", "700",
                "eport.directory.http.read-timeout-ms", "4000",
                "eport.directory.customs-records.read-timeout-ms", "9000",
                "eport.directory.http.retries", "3",
                "eport.directory.customs-records.retry-backoff-ms", "50");
        DirectorySettings settings = read(Directory.CUSTOMS_RECORDS, config);
        assertEquals(Duration.ofMillis(700), settings.http().connectTimeout());
        assertEquals(Duration.ofMillis(9000), settings.http().readTimeout());
        assertEquals(3, settings.http().retries());
        assertEquals(Duration.ofMillis(50), settings.http().retryBackoff());
        assertEquals(Adapter.TABLE, read(Directory.REGISTRY, config).adapter(), "other directories keep their own choice");
    }

    @Test
    void wrongValuesNameTheKey() {
        assertMessage("eport.directory.pending-filings.adapter=rest", () -> read(Directory.PENDING_FILINGS,
                Map.of("eport.directory.pending-filings.adapter", "rest")));
        assertMessage("eport.directory.registry.url is required", () -> read(Directory.REGISTRY,
                Map.of("eport.directory.registry.adapter", "http")));
        assertMessage("eport.directory.registry.url=http://a b", () -> read(Directory.REGISTRY,
                Map.of("eport.directory.registry.adapter", "http", "eport.directory.registry.url", "http://a b")));
        assertMessage("eport.directory.http.retries=two", () -> read(Directory.REGISTRY, Map.of(
                "eport.directory.registry.adapter", "http", "eport.directory.registry.url", "http://127.0.0.1/",
                "eport.directory.http.retries", "two")));
        assertMessage("eport.directory.registry.read-timeout-ms=-5", () -> read(Directory.REGISTRY, Map.of(
                "eport.directory.registry.adapter", "http", "eport.directory.registry.url", "http://127.0.0.1/",
                "eport.directory.registry.read-timeout-ms", "-5")));
        assertMessage("eport.directory.registry.*: timeouts must be positive", () -> read(Directory.REGISTRY, Map.of(
                "eport.directory.registry.adapter", "http", "eport.directory.registry.url", "http://127.0.0.1/",
                "eport.directory.registry.connect-timeout-ms", "0")));
        assertMessage("eport.directory.registry.*: an absolute http or https URL", () -> read(Directory.REGISTRY, Map.of(
                "eport.directory.registry.adapter", "http", "eport.directory.registry.url", "registry.example.cn")));
    }

    @Test
    void theLogLineSaysWhichAdapter() {
        assertEquals("registry: table", read(Directory.REGISTRY, Map.of()).describe());
        assertEquals("forex-enterprises: http http://127.0.0.1:9000/forex (connect 1000 ms, read 3000 ms, retries 1, backoff 200 ms, "
                        + "circuit opens at 50 % failures of 10 attempts, for 10000 ms)",
                read(Directory.FOREX_ENTERPRISES, Map.of("eport.directory.forex-enterprises.adapter", "http",
                        "eport.directory.forex-enterprises.url", "http://127.0.0.1:9000/forex")).describe());
    }

    @Test
    void wrongCircuitBreakerValuesNameTheirKey() {
        Map<String, String> http = Map.of("eport.directory.customs-records.adapter", "http",
                "eport.directory.customs-records.url", "http://127.0.0.1/");
        for (String[] wrong : new String[][]{{"circuit-breaker-requests", "0"}, {"circuit-breaker-failure-percent", "101"},
                {"circuit-breaker-failure-percent", "0"}, {"circuit-breaker-delay-ms", "soon"}}) {
            Map<String, String> config = new java.util.HashMap<>(http);
            config.put("eport.directory.customs-records." + wrong[0], wrong[1]);
            assertMessage("eport.directory.customs-records." + wrong[0] + "=" + wrong[1], () -> read(Directory.CUSTOMS_RECORDS, config));
        }
    }

    private static void assertMessage(String expected, org.junit.jupiter.api.function.Executable read) {
        IllegalStateException e = assertThrows(IllegalStateException.class, read);
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
