package cn.eport.onboarding.it.batch;

import cn.eport.onboarding.batch.source.HttpDownloadFailure;
import cn.eport.onboarding.batch.source.HttpDownloadSettings;
import cn.eport.onboarding.batch.source.HttpSourceOpener;
import cn.eport.onboarding.batch.source.ImportSource;
import cn.eport.onboarding.batch.source.ImportSources;
import cn.eport.onboarding.it.directory.Upstream;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The URL source of the batch jobs in the real server (Rest Client and Fault Tolerance of Payara)
 * against the files upstream serves on Payara Micro: a file is downloaded once and read as often as
 * needed, a missing file is missing, a failing or slow server fails after the retries (defaults:
 * two) with a message that names the URL without its credentials. At most 9 attempts in all, so
 * the downloads' circuit breaker (10 attempts) never opens here.
 */
@ExtendWith(ArquillianExtension.class)
class HttpSourceOpenerIT {

    private static final String SAMPLE = "code,name\n0100,北京关区\n2200,上海海关\n";

    @Deployment
    static EnterpriseArchive deployment() {
        return Upstream.earWithTests(HttpSourceOpenerIT.class);
    }

    @Inject
    private ImportSources sources;

    @Inject
    private HttpSourceOpener opener;

    @Inject
    private Config config;

    private static String read(ImportSource source) throws IOException {
        try (InputStream in = source.open()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aFileIsDownloadedOnceAndReadAsOftenAsNeeded() throws IOException {
        String counted = Upstream.fault("flaky-0");
        ImportSource source = sources.of(Upstream.withFault(counted) + "/files/sample-utf8.csv");
        assertTrue(source.exists());
        assertEquals(SAMPLE, read(source), "the count pass");
        assertEquals(SAMPLE, read(source), "the read pass");
        assertEquals(1, Upstream.requests(counted), "one download for every pass");
        assertEquals(Upstream.withFault(counted) + "/files/sample-utf8.csv", source.name());
    }

    @Test
    void aMissingFileIsMissing() {
        ImportSource source = sources.of(Upstream.baseUrl() + "/files/no-such-file.csv");
        assertFalse(assertDoesNotThrowIo(source));
        FileNotFoundException missing = assertThrows(FileNotFoundException.class, source::open);
        assertTrue(missing.getMessage().contains("no-such-file.csv"), missing.getMessage());
    }

    private static boolean assertDoesNotThrowIo(ImportSource source) {
        try {
            return source.exists();
        } catch (IOException e) {
            throw new AssertionError("a missing file is not a failure: " + e.getMessage(), e);
        }
    }

    @Test
    void aFailingServerFailsAfterTheRetriesWithoutShowingCredentials() {
        String fault = Upstream.fault("status-503");
        URI url = URI.create(Upstream.withFault(fault).replace("http://", "http://it-user:it-secret@")
                + "/files/sample-utf8.csv?token=it-token");
        ImportSource source = opener.source(url);
        HttpDownloadFailure failure = assertThrows(HttpDownloadFailure.class, source::exists);

        assertEquals(3, Upstream.requests(fault), "the first attempt and two retries");
        String message = failure.getMessage();
        assertTrue(message.contains("HTTP 503") && message.contains("共尝试 3 次") && message.contains("/files/sample-utf8.csv"), message);
        for (String secret : new String[]{"it-user", "it-secret", "it-token"}) {
            assertFalse(message.contains(secret) || source.name().contains(secret), secret + " shown: " + message);
        }
    }

    @Test
    void aSlowServerTimesOutAfterTheRetries() {
        String fault = Upstream.fault("slow-5000");
        HttpDownloadSettings quick = HttpDownloadSettings.read(key -> config.getOptionalValue(key, String.class))
                .withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(300));
        ImportSource source = opener.source(URI.create(Upstream.withFault(fault) + "/files/sample-utf8.csv"), quick);
        HttpDownloadFailure failure = assertThrows(HttpDownloadFailure.class, source::open);

        assertTrue(failure.getMessage().contains("超时"), failure.getMessage());
        assertEquals(3, Upstream.requests(fault));
        assertInstanceOf(IOException.class, failure);
    }
}
