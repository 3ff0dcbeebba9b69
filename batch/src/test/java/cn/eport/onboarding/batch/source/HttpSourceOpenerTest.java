package cn.eport.onboarding.batch.source;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pure parts of the URL source: names without credentials, the spool's file names and
 * clean-up, the settings. Downloads (Rest Client, Fault Tolerance) are tested in the server:
 * HttpSourceOpenerIT against the upstream WAR.
 */
class HttpSourceOpenerTest {

    private static final URI FILE = URI.create("https://user:secret@files.example.cn:8443/codes/customs-districts.csv?token=abc#x");

    @TempDir
    Path folder;

    @Test
    void theNameCarriesNoCredentials() {
        assertEquals("https://files.example.cn:8443/codes/customs-districts.csv", HttpSourceOpener.safeName(FILE));
        assertEquals("http://127.0.0.1/a%20b.xml", HttpSourceOpener.safeName(URI.create("http://127.0.0.1/a%20b.xml")));
    }

    @Test
    void onlyHttpAndHttpsAreRead() {
        HttpSourceOpener opener = new HttpSourceOpener();
        assertTrue(opener.reads(URI.create("HTTP://x/a.csv")));
        assertTrue(opener.reads(FILE));
        assertFalse(opener.reads(URI.create("file:/srv/drop/a.csv")));
        assertFalse(opener.reads(URI.create("ftp://x/a.csv")));
    }

    @Test
    void aJobInstanceKeepsOneSpoolFilePerUrlSoARestartReadsTheSameBytes() {
        HttpSpool spool = new HttpSpool(folder);
        Path first = spool.fileFor(FILE, 42L);
        assertEquals(first, spool.fileFor(FILE, 42L));
        assertNotEquals(first, spool.fileFor(FILE, 43L));
        assertNotEquals(first, spool.fileFor(URI.create("https://files.example.cn:8443/codes/other.csv"), 42L));
        assertTrue(first.getFileName().toString().startsWith("job-42-"));
        assertTrue(first.getFileName().toString().endsWith(".csv"));
        assertFalse(first.toString().contains("secret"));
        assertNotEquals(spool.fileFor(FILE, null), spool.fileFor(FILE, null), "outside a job every source downloads afresh");
    }

    @Test
    void extensionsAreKeptWhenTheyLookLikeOne() {
        assertEquals(".xml", HttpSpool.extensionOf(URI.create("http://x/registry.xml")));
        assertEquals("", HttpSpool.extensionOf(URI.create("http://x/files/registry")));
        assertEquals("", HttpSpool.extensionOf(URI.create("http://x/")));
        assertEquals("", HttpSpool.extensionOf(URI.create("http://x/a.c$v")));
    }

    @Test
    void releaseDeletesTheFilesOfOneInstanceOnly() throws IOException {
        HttpSpool spool = new HttpSpool(folder);
        Path mine = Files.writeString(spool.fileFor(FILE, 7L), "a");
        Path other = Files.writeString(spool.fileFor(FILE, 70L), "b");
        spool.release(7L);
        assertFalse(Files.exists(mine));
        assertTrue(Files.exists(other));
        new HttpSpool(folder.resolve("missing")).release(7L);
    }

    @Test
    void filesPastTheMaximumAgeAreDeleted() throws IOException {
        HttpSpool spool = new HttpSpool(folder);
        Path old = Files.writeString(spool.fileFor(FILE, 1L), "old");
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofHours(73))));
        Path fresh = Files.writeString(spool.fileFor(FILE, 2L), "fresh");
        spool.deleteOlderThan(Duration.ofHours(72));
        assertFalse(Files.exists(old));
        assertTrue(Files.exists(fresh));
    }

    @Test
    void settingsHaveDefaultsAndNameAWrongKey() {
        HttpDownloadSettings defaults = HttpDownloadSettings.read(key -> Optional.empty());
        assertEquals(Duration.ofSeconds(5), defaults.connectTimeout());
        assertEquals(2, defaults.faultTolerance().maxRetries());
        assertEquals(Optional.of("0.5"), defaults.faultTolerance().parameter("CircuitBreaker/failureRatio"));
        assertEquals(Optional.of("600000"), defaults.faultTolerance().parameter("Timeout/value"));
        assertEquals(Optional.empty(), defaults.faultTolerance().parameter("Bulkhead/value"));
        Map<String, String> wrong = Map.of("eport.batch.download.retries", "11");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> HttpDownloadSettings.read(key -> Optional.ofNullable(wrong.get(key))));
        assertTrue(e.getMessage().contains("eport.batch.download.retries=11"), e.getMessage());
        Map<String, String> spool = Map.of("eport.batch.spool-dir", folder.toString(), "eport.batch.download.retry-backoff-ms", "5");
        HttpDownloadSettings set = HttpDownloadSettings.read(key -> Optional.ofNullable(spool.get(key)));
        assertEquals(folder, set.spoolDir());
        assertEquals(Optional.of("5"), set.faultTolerance().parameter("Retry/delay"));
    }

    @Test
    void theDefaultsAreTheAnnotationValues() throws NoSuchMethodException {
        HttpDownloadSettings defaults = HttpDownloadSettings.read(key -> Optional.empty());
        var method = HttpDownloads.class.getMethod("download", HttpDownloads.Attempt.class);
        var retry = method.getAnnotation(org.eclipse.microprofile.faulttolerance.Retry.class);
        var circuit = method.getAnnotation(org.eclipse.microprofile.faulttolerance.CircuitBreaker.class);
        assertEquals(Optional.of(String.valueOf(retry.maxRetries())), defaults.faultTolerance().parameter("Retry/maxRetries"));
        assertEquals(Optional.of(String.valueOf(retry.delay())), defaults.faultTolerance().parameter("Retry/delay"));
        assertEquals(Optional.of(String.valueOf(method.getAnnotation(org.eclipse.microprofile.faulttolerance.Timeout.class).value())),
                defaults.faultTolerance().parameter("Timeout/value"));
        assertEquals(Optional.of(String.valueOf(circuit.requestVolumeThreshold())), defaults.faultTolerance().parameter("CircuitBreaker/requestVolumeThreshold"));
        assertEquals(Optional.of(String.valueOf(circuit.delay())), defaults.faultTolerance().parameter("CircuitBreaker/delay"));
    }
}
