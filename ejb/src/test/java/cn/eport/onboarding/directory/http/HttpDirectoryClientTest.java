package cn.eport.onboarding.directory.http;

import cn.eport.onboarding.directory.Directory;
import cn.eport.onboarding.directory.DirectoryResult;
import cn.eport.onboarding.directory.DirectoryResult.Reason;
import cn.eport.onboarding.directory.RegistryRecord;
import cn.eport.onboarding.directory.http.HttpDirectoryClient.StatusMeaning;
import cn.eport.onboarding.directory.http.LocalDirectoryServer.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The HTTP failure modes and the status mapping, against a directory service on 127.0.0.1. */
class HttpDirectoryClientTest {

    private static final String USCC = "91110108MA01ABCD5T";
    private static final String FOUND = """
            {"uscc": "91110108MA01ABCD5T", "enterpriseName": "北京海淀示例进出口贸易有限公司",
             "legalPersonName": "张伟", "legalPersonTypeCode": "1", "enterpriseTypeCode": "6",
             "statusCode": "1", "registeredCapital": 500.00, "capitalUnitCode": "WAN_YUAN",
             "address": "北京市海淀区中关村南大街5号", "issuingAuthorityName": "北京市海淀区市场监督管理局",
             "registrationAuthorityCode": "110108", "establishedOn": "2016-03-18",
             "businessScope": "货物进出口", "somethingNew": {"ignored": true}}""";
    private static final Duration BACKOFF = Duration.ofMillis(200);

    private LocalDirectoryServer server;
    private final List<Duration> pauses = new CopyOnWriteArrayList<>();
    private final List<LogRecord> log = new CopyOnWriteArrayList<>();
    private final Logger clientLog = Logger.getLogger(HttpDirectoryClient.class.getName());
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            log.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void start() throws IOException {
        server = new LocalDirectoryServer();
        clientLog.addHandler(capture);
        clientLog.setLevel(Level.ALL);
    }

    @AfterEach
    void stop() {
        server.close();
        clientLog.removeHandler(capture);
        clientLog.setLevel(null);
    }

    private HttpRegistryDirectory registry(URI baseUrl, int retries, Duration readTimeout) {
        HttpSettings settings = new HttpSettings(baseUrl, Duration.ofMillis(500), readTimeout, retries, BACKOFF);
        return new HttpRegistryDirectory(new HttpDirectoryClient(Directory.REGISTRY, settings, null, pauses::add));
    }

    private HttpRegistryDirectory registry(int retries) {
        return registry(server.baseUrl(), retries, Duration.ofSeconds(2));
    }

    private static void assertUnavailable(Reason expected, DirectoryResult<?> result) {
        DirectoryResult.Unavailable<?> unavailable = assertInstanceOf(DirectoryResult.Unavailable.class, result);
        assertEquals(expected, unavailable.reason());
        assertEquals(Directory.REGISTRY, unavailable.directory());
        assertEquals("directory.registry.unavailable", unavailable.messageKey());
    }

    @Test
    void statusMapping() {
        assertEquals(StatusMeaning.FOUND, HttpDirectoryClient.meaningOf(200));
        assertEquals(StatusMeaning.NOT_FOUND, HttpDirectoryClient.meaningOf(404));
        for (int status : new int[]{500, 502, 503, 504, 599, 429}) {
            assertEquals(StatusMeaning.RETRYABLE_FAILURE, HttpDirectoryClient.meaningOf(status), "HTTP " + status);
        }
        for (int status : new int[]{201, 204, 301, 302, 400, 401, 403, 405, 410}) {
            assertEquals(StatusMeaning.FAILURE, HttpDirectoryClient.meaningOf(status), "HTTP " + status);
        }
    }

    @Test
    void pathSegmentsArePercentEncoded() {
        assertEquals("91110108MA01ABCD5T", HttpDirectoryClient.encode("91110108MA01ABCD5T"));
        assertEquals("a%2Fb%3F%20c", HttpDirectoryClient.encode("a/b? c"));
        assertEquals("%E5%BC%A0", HttpDirectoryClient.encode("张"));
    }

    @Test
    void okIsFoundWithEveryField() {
        server.replies(Reply.json(FOUND));
        DirectoryResult<RegistryRecord> result = registry(0).find(USCC);

        assertEquals(new RegistryRecord(USCC, "北京海淀示例进出口贸易有限公司", "张伟", "1", "6", "1",
                new BigDecimal("500"), "WAN_YUAN", "北京市海淀区中关村南大街5号", "北京市海淀区市场监督管理局",
                "110108", LocalDate.of(2016, 3, 18), "货物进出口"), result.recordIfFound().orElseThrow());
        assertEquals(List.of(URI.create("/api/registry-records/" + USCC)), server.requests());
    }

    @Test
    void notFoundIsNotFoundAndNotRetried() {
        server.replies(Reply.status(404));
        assertInstanceOf(DirectoryResult.NotFound.class, registry(3).find(USCC));
        assertEquals(1, server.requests().size());
    }

    @Test
    void aSlowServerTimesOutAndIsRetriedBoundedly() {
        server.replies(Reply.slow(Duration.ofSeconds(3)));
        long start = System.nanoTime();
        DirectoryResult<RegistryRecord> result = registry(server.baseUrl(), 1, Duration.ofMillis(300)).find(USCC);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertUnavailable(Reason.TIMEOUT, result);
        assertEquals(2, server.requests().size(), "one retry");
        assertEquals(List.of(BACKOFF), pauses);
        assertTrue(took.compareTo(Duration.ofMillis(2500)) < 0, "gave up after the timeouts, not the server's 3 s: " + took);
    }

    @Test
    void serverErrorsAreRetriedWithDoublingBackoffThenUnavailable() {
        server.replies(Reply.status(503));
        assertUnavailable(Reason.SERVER_ERROR, registry(2).find(USCC));
        assertEquals(3, server.requests().size(), "first attempt and two retries");
        assertEquals(List.of(BACKOFF, BACKOFF.multipliedBy(2)), pauses);
    }

    @Test
    void aRetryThatSucceedsIsFound() {
        server.replies(Reply.status(500), Reply.status(502), Reply.json(FOUND));
        DirectoryResult<RegistryRecord> result = registry(2).find(USCC);
        assertEquals("北京海淀示例进出口贸易有限公司", result.recordIfFound().orElseThrow().enterpriseName());
        assertEquals(3, server.requests().size());
        assertEquals(List.of(BACKOFF, BACKOFF.multipliedBy(2)), pauses);
    }

    @Test
    void connectionRefusedIsUnavailableAfterTheRetries() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        DirectoryResult<RegistryRecord> result = registry(URI.create("http://127.0.0.1:" + closedPort + "/api"), 1,
                Duration.ofSeconds(1)).find(USCC);
        assertUnavailable(Reason.CONNECTION_FAILED, result);
        assertEquals(List.of(BACKOFF), pauses, "retried once");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "this is not JSON {",
            "",
            "[1, 2, 3]",
            "{\"uscc\": \"91110108MA01ABCD5T\", \"statusCode\": \"1\"}",
            "{\"uscc\": \"91110108MA01ABCD5T\", \"enterpriseName\": \"x\", \"statusCode\": 1}",
            "{\"uscc\": \"91310115MA1K4XYW7G\", \"enterpriseName\": \"x\", \"statusCode\": \"1\"}",
            "{\"uscc\": \"91110108MA01ABCD5T\", \"enterpriseName\": \"x\", \"statusCode\": \"1\", \"establishedOn\": \"18.03.2016\"}",
            "{\"uscc\": \"91110108MA01ABCD5T\", \"enterpriseName\": \"x\", \"statusCode\": \"1\", \"registeredCapital\": -1}",
            "{\"uscc\": \"91110108MA01ABCD5T\", \"enterpriseName\": \"x\", \"statusCode\": \"1\", \"registeredCapital\": \"500\"}"})
    void aMalformedAnswerIsUnavailableNotRetried(String body) {
        server.replies(Reply.json(body));
        assertUnavailable(Reason.MALFORMED_RESPONSE, registry(2).find(USCC));
        assertEquals(1, server.requests().size(), "another attempt would get the same answer");
        assertTrue(pauses.isEmpty());
    }

    @Test
    void theLogNamesTheProblemButNoPersonalData() {
        server.replies(Reply.json("""
                {"uscc": "91110108MA01ABCD5T", "enterpriseName": "北京海淀示例进出口贸易有限公司",
                 "legalPersonName": ["张伟"], "statusCode": "1"}"""));
        assertUnavailable(Reason.MALFORMED_RESPONSE, registry(0).find(USCC));

        assertEquals(1, log.stream().filter(r -> r.getLevel() == Level.WARNING).count());
        String message = log.get(log.size() - 1).getMessage();
        assertTrue(message.contains("legalPersonName") && message.contains("MALFORMED_RESPONSE"), message);
        for (LogRecord record : log) {
            String text = record.getMessage() + (record.getThrown() == null ? "" : record.getThrown());
            for (String personal : List.of(USCC, "张伟", "北京海淀示例")) {
                assertFalse(text.contains(personal), "log must not contain " + personal + ": " + text);
            }
        }
    }

    @Test
    void aHugeAnswerIsRefused() {
        server.replies(Reply.json("{\"uscc\": \"" + "9".repeat(HttpDirectoryClient.MAX_BODY_BYTES) + "\"}"));
        assertUnavailable(Reason.MALFORMED_RESPONSE, registry(1).find(USCC));
        assertEquals(1, server.requests().size());
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 403, 301})
    void otherStatusesAreAConfigurationProblemNotRetried(int status) {
        server.replies(Reply.status(status));
        assertUnavailable(Reason.UNEXPECTED_STATUS, registry(2).find(USCC));
        assertEquals(1, server.requests().size());
    }

    @Test
    void anInterruptedBackoffGivesUpAndKeepsTheInterrupt() {
        server.replies(Reply.status(503));
        HttpSettings settings = new HttpSettings(server.baseUrl(), Duration.ofMillis(500), Duration.ofSeconds(1), 3, BACKOFF);
        HttpRegistryDirectory registry = new HttpRegistryDirectory(new HttpDirectoryClient(Directory.REGISTRY, settings, null,
                pause -> {
                    throw new InterruptedException();
                }));
        try {
            assertUnavailable(Reason.INTERRUPTED, registry.find(USCC));
            assertTrue(Thread.currentThread().isInterrupted());
        } finally {
            Thread.interrupted();
        }
        assertEquals(1, server.requests().size());
    }
}
