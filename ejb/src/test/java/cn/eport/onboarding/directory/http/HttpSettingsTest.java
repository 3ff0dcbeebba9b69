package cn.eport.onboarding.directory.http;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class HttpSettingsTest {

    private static HttpSettings settings(String url, int retries, long backoffMs) {
        return new HttpSettings(URI.create(url), Duration.ofSeconds(1), Duration.ofSeconds(3), retries,
                Duration.ofMillis(backoffMs));
    }

    @Test
    void theBackoffDoublesBeforeEachRetry() {
        HttpSettings settings = settings("https://dir.example.cn/api", 3, 200);
        assertEquals(Duration.ofMillis(200), settings.backoffBefore(1));
        assertEquals(Duration.ofMillis(400), settings.backoffBefore(2));
        assertEquals(Duration.ofMillis(800), settings.backoffBefore(3));
        assertThrows(IllegalArgumentException.class, () -> settings.backoffBefore(0));
    }

    @Test
    void aTrailingSlashOfTheBaseUrlIsDropped() {
        assertEquals(URI.create("https://dir.example.cn/api"), settings("https://dir.example.cn/api/", 0, 0).baseUrl());
    }

    @Test
    void onlyPlainAbsoluteHttpUrlsAndSaneNumbers() {
        assertThrows(IllegalArgumentException.class, () -> settings("ftp://dir.example.cn/", 1, 1));
        assertThrows(IllegalArgumentException.class, () -> settings("/api", 1, 1));
        assertThrows(IllegalArgumentException.class, () -> settings("https://dir.example.cn/api?x=1", 1, 1));
        assertThrows(IllegalArgumentException.class, () -> settings("https://user:secret@dir.example.cn/api", 1, 1));
        assertThrows(IllegalArgumentException.class, () -> settings("https://dir.example.cn/api", -1, 1));
        assertThrows(IllegalArgumentException.class, () -> settings("https://dir.example.cn/api", HttpSettings.MAX_RETRIES + 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new HttpSettings(URI.create("https://dir.example.cn"),
                Duration.ZERO, Duration.ofSeconds(1), 0, Duration.ZERO));
    }
}
