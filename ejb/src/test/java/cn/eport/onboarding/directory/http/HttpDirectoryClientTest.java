package cn.eport.onboarding.directory.http;

import cn.eport.onboarding.directory.Directory;
import cn.eport.onboarding.directory.DirectoryResult;
import cn.eport.onboarding.directory.DirectoryResult.Reason;
import cn.eport.onboarding.directory.RegistryRecord;
import cn.eport.onboarding.directory.http.DirectoryTransport.RawAnswer;
import cn.eport.onboarding.directory.http.HttpDirectoryClient.StatusMeaning;
import cn.eport.onboarding.directory.http.ScriptedTransport.Reply;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The status mapping, the reading of answers and what is retried, with a scripted transport and
 * one attempt (no container). Timeouts, refused connections, the retries and the circuit breaker
 * of Fault Tolerance are tested in the server: HttpDirectoryAdaptersIT.
 */
class HttpDirectoryClientTest {

    private static final String USCC = "91110108MA01ABCD5T";
    private static final String FOUND = """
            {"uscc": "91110108MA01ABCD5T", "enterpriseName": "北京海淀示例进出口贸易有限公司",
             "legalPersonName": "张伟", "legalPersonTypeCode": "1", "enterpriseTypeCode": "6",
             "statusCode": "1", "registeredCapital": 500.00, "capitalUnitCode": "WAN_YUAN",
             "address": "北京市海淀区中关村南大街5号", "issuingAuthorityName": "北京市海淀区市场监督管理局",
             "registrationAuthorityCode": "110108", "establishedOn": "2016-03-18",
             "businessScope": "货物进出口", "somethingNew": {"ignored": true}}""";

    private final ScriptedTransport service = new ScriptedTransport();
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
    void captureLog() {
        clientLog.addHandler(capture);
        clientLog.setLevel(Level.ALL);
    }

    @AfterEach
    void releaseLog() {
        clientLog.removeHandler(capture);
        clientLog.setLevel(null);
    }

    private HttpRegistryDirectory registry(Attempts attempts) {
        HttpSettings settings = new HttpSettings(URI.create("http://127.0.0.1:9/api"), Duration.ofMillis(500),
                Duration.ofSeconds(2), 1, Duration.ofMillis(200));
        return new HttpRegistryDirectory(new HttpDirectoryClient(Directory.REGISTRY, settings, service, attempts));
    }

    private HttpRegistryDirectory registry() {
        return registry(Attempts.ONCE);
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
    void okIsFoundWithEveryField() {
        service.replies(Reply.json(FOUND));
        DirectoryResult<RegistryRecord> result = registry().find(USCC);

        assertEquals(new RegistryRecord(USCC, "北京海淀示例进出口贸易有限公司", "张伟", "1", "6", "1",
                new BigDecimal("500"), "WAN_YUAN", "北京市海淀区中关村南大街5号", "北京市海淀区市场监督管理局",
                "110108", LocalDate.of(2016, 3, 18), "货物进出口"), result.recordIfFound().orElseThrow());
        assertEquals(List.of(new ScriptedTransport.Request("registry-records", USCC, Map.of())), service.requests());
    }

    @Test
    void notFoundIsNotFound() {
        service.replies(Reply.status(404));
        assertInstanceOf(DirectoryResult.NotFound.class, registry().find(USCC));
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 503, 429})
    void serverErrorsAreRetryableAndUnavailableOnceTheAttemptsAreSpent(int status) {
        service.replies(Reply.status(status));
        List<Reason> thrown = new CopyOnWriteArrayList<>();
        Attempts recording = new Attempts() {
            @Override
            public <T> T run(Attempt<T> attempt) throws DirectoryUnreachable {
                try {
                    return attempt.run();
                } catch (DirectoryUnreachable e) {
                    thrown.add(e.reason());
                    throw e;
                }
            }
        };
        assertUnavailable(Reason.SERVER_ERROR, registry(recording).find(USCC));
        assertEquals(List.of(Reason.SERVER_ERROR), thrown, "Fault Tolerance sees a retryable failure");
    }

    @Test
    void noAnswerIsUnavailableWithItsReason() {
        service.replies(Reply.noAnswer(Reason.TIMEOUT));
        assertUnavailable(Reason.TIMEOUT, registry().find(USCC));
        service.replies(Reply.noAnswer(Reason.CONNECTION_FAILED));
        assertUnavailable(Reason.CONNECTION_FAILED, registry().find(USCC));
    }

    @Test
    void aRetryThatSucceedsIsFound() {
        service.replies(Reply.status(502), Reply.json(FOUND));
        Attempts twice = new Attempts() {
            @Override
            public <T> T run(Attempt<T> attempt) throws DirectoryUnreachable {
                try {
                    return attempt.run();
                } catch (DirectoryUnreachable e) {
                    return attempt.run();
                }
            }
        };
        assertEquals("北京海淀示例进出口贸易有限公司", registry(twice).find(USCC).recordIfFound().orElseThrow().enterpriseName());
        assertEquals(2, service.requests().size());
    }

    @Test
    void anOpenCircuitIsUnavailableWithoutAsking() {
        Attempts open = new Attempts() {
            @Override
            public <T> T run(Attempt<T> attempt) {
                throw new CircuitBreakerOpenException("open");
            }
        };
        assertUnavailable(Reason.CIRCUIT_OPEN, registry(open).find(USCC));
        assertTrue(service.requests().isEmpty());
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
    void aMalformedAnswerIsUnavailableAndNotRetryable(String body) {
        service.replies(Reply.json(body));
        assertUnavailable(Reason.MALFORMED_RESPONSE, registry().find(USCC));
    }

    @Test
    void theLogNamesTheProblemButNoPersonalData() {
        service.replies(Reply.json("""
                {"uscc": "91110108MA01ABCD5T", "enterpriseName": "北京海淀示例进出口贸易有限公司",
                 "legalPersonName": ["张伟"], "statusCode": "1"}"""));
        assertUnavailable(Reason.MALFORMED_RESPONSE, registry().find(USCC));

        assertEquals(1, log.stream().filter(r -> r.getLevel() == Level.WARNING).count());
        String message = log.get(log.size() - 1).getMessage();
        assertTrue(message.contains("legalPersonName") && message.contains("MALFORMED_RESPONSE")
                && message.contains("after 1 attempt"), message);
        for (LogRecord record : log) {
            String text = record.getMessage() + (record.getThrown() == null ? "" : record.getThrown());
            for (String personal : List.of(USCC, "张伟", "北京海淀示例")) {
                assertFalse(text.contains(personal), "log must not contain " + personal + ": " + text);
            }
        }
    }

    @Test
    void aHugeAnswerIsRefused() {
        service.replies(new Reply(new RawAnswer(200, new byte[0], true), null));
        assertUnavailable(Reason.MALFORMED_RESPONSE, registry().find(USCC));
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 403, 301})
    void otherStatusesAreAConfigurationProblemNotRetryable(int status) {
        service.replies(Reply.status(status));
        assertUnavailable(Reason.UNEXPECTED_STATUS, registry().find(USCC));
    }

    @Test
    void anUnexpectedFailureOfTheClientIsUnavailableNotAnException() {
        HttpSettings settings = new HttpSettings(URI.create("http://127.0.0.1:9/api"), Duration.ofMillis(500),
                Duration.ofSeconds(2), 1, Duration.ofMillis(200));
        HttpRegistryDirectory broken = new HttpRegistryDirectory(new HttpDirectoryClient(Directory.REGISTRY, settings,
                (resource, uscc, query) -> {
                    throw new IllegalStateException("no client implementation");
                }, Attempts.ONCE));
        assertUnavailable(Reason.CONNECTION_FAILED, broken.find(USCC));
        assertThrows(NullPointerException.class, () -> broken.find(null));
    }
}
