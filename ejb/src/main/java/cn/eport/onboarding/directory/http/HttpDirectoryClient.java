package cn.eport.onboarding.directory.http;

import cn.eport.onboarding.directory.Directory;
import cn.eport.onboarding.directory.DirectoryResult;
import cn.eport.onboarding.directory.DirectoryResult.Reason;
import cn.eport.onboarding.directory.http.DirectoryTransport.RawAnswer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The HTTP side shared by every HTTP directory adapter: one GET per attempt through the
 * {@link DirectoryTransport} (MicroProfile Rest Client in the server), the attempts run by
 * {@link Attempts} (MicroProfile Fault Tolerance: {@link DirectoryCalls}), the status mapping of
 * docs/directories-http.md, and no exception ever leaving it.
 * <ul>
 * <li>200: the JSON object is read into the record: {@link DirectoryResult.Found}; a body that is
 * not such JSON: {@link Reason#MALFORMED_RESPONSE}, not retried</li>
 * <li>404: {@link DirectoryResult.NotFound}</li>
 * <li>5xx, 429, timeout, connection refused or broken: {@link DirectoryUnreachable}, retried, then
 * unavailable; an open circuit: {@link Reason#CIRCUIT_OPEN} at once</li>
 * <li>any other status (3xx, 4xx): {@link Reason#UNEXPECTED_STATUS}, not retried (a
 * configuration error that another attempt does not cure)</li>
 * </ul>
 * Logs name the directory, the base URL, the status and the problem, never the enterprise asked
 * for or a value of the answer.
 */
public final class HttpDirectoryClient {

    /** A larger answer is not a directory record: refused before it fills the memory. */
    static final int MAX_BODY_BYTES = 1 << 20;

    private static final Logger LOG = Logger.getLogger(HttpDirectoryClient.class.getName());

    /** What an HTTP status means for a look-up. */
    enum StatusMeaning {
        FOUND, NOT_FOUND, RETRYABLE_FAILURE, FAILURE
    }

    private final Directory directory;
    private final HttpSettings settings;
    private final DirectoryTransport transport;
    private final Attempts attempts;
    private final JsonReaderFactory json = Json.createReaderFactory(Map.of());

    public HttpDirectoryClient(Directory directory, HttpSettings settings, DirectoryTransport transport, Attempts attempts) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.transport = Objects.requireNonNull(transport, "transport");
        this.attempts = Objects.requireNonNull(attempts, "attempts");
    }

    public Directory directory() {
        return directory;
    }

    public HttpSettings settings() {
        return settings;
    }

    static StatusMeaning meaningOf(int status) {
        if (status == 200) {
            return StatusMeaning.FOUND;
        }
        if (status == 404) {
            return StatusMeaning.NOT_FOUND;
        }
        if (status >= 500 || status == 429) {
            return StatusMeaning.RETRYABLE_FAILURE;
        }
        return StatusMeaning.FAILURE;
    }

    /**
     * Looks up the record of one enterprise: {@code GET {url}/{resource}/{uscc}?{query}}.
     *
     * @param resource the directory's path segment after the base URL
     * @param uscc     the enterprise; its answer must be about it
     * @param query    query parameters ({@code system}, {@code kind})
     * @param reader   turns the JSON answer into the record
     */
    public <T> DirectoryResult<T> get(String resource, String uscc, Map<String, String> query, ResponseReader<T> reader) {
        Objects.requireNonNull(uscc, "uscc");
        AtomicInteger made = new AtomicInteger();
        Answer<T> answer;
        try {
            answer = attempts.run(() -> {
                made.incrementAndGet();
                return attempt(resource, uscc, query, reader);
            });
        } catch (DirectoryUnreachable e) {
            answer = failed(e.reason(), e.getMessage());
        } catch (CircuitBreakerOpenException e) {
            answer = failed(Reason.CIRCUIT_OPEN, "circuit open after repeated failures, not asked");
        } catch (TimeoutException e) {
            answer = failed(Reason.TIMEOUT, "no answer within " + settings.connectTimeout().plus(settings.readTimeout()).toMillis() + " ms");
        } catch (RuntimeException e) {
            // unexpected: the type for the operator, the trace (whose message could name the request) only at FINE
            LOG.log(Level.FINE, "HTTP client failure", e);
            answer = failed(Reason.CONNECTION_FAILED, e.getClass().getSimpleName());
        }
        if (answer.result() instanceof DirectoryResult.Unavailable<T> unavailable) {
            int count = made.get();
            String problem = answer.problem();
            LOG.warning(() -> "Directory " + directory.configName() + " at " + settings.baseUrl()
                    + " unavailable (" + unavailable.reason() + ": " + problem + ") after "
                    + count + (count == 1 ? " attempt" : " attempts"));
        }
        return answer.result();
    }

    /** The result of one attempt and, when it failed, what went wrong (for the log). */
    private record Answer<T>(DirectoryResult<T> result, String problem) {
    }

    private <T> Answer<T> attempt(String resource, String uscc, Map<String, String> query, ResponseReader<T> reader)
            throws DirectoryUnreachable {
        RawAnswer response = transport.get(resource, uscc, query);
        int status = response.status();
        return switch (meaningOf(status)) {
            case FOUND -> response.tooLarge()
                    ? failed(Reason.MALFORMED_RESPONSE, "the answer is larger than " + MAX_BODY_BYTES + " bytes")
                    : read(response.body(), uscc, reader);
            case NOT_FOUND -> new Answer<>(DirectoryResult.notFound(), null);
            case RETRYABLE_FAILURE -> throw new DirectoryUnreachable(Reason.SERVER_ERROR, "HTTP " + status);
            case FAILURE -> failed(Reason.UNEXPECTED_STATUS, "HTTP " + status + ", check the configured URL");
        };
    }

    private <T> Answer<T> read(byte[] body, String uscc, ResponseReader<T> reader) {
        JsonObject object;
        try (JsonReader json = this.json.createReader(new ByteArrayInputStream(body))) {
            object = json.readObject();
        } catch (RuntimeException e) {
            // JsonException and whatever else the parser throws; its message may quote the body,
            // so only the type goes to the log
            return failed(Reason.MALFORMED_RESPONSE, "the body is not a JSON object (" + e.getClass().getSimpleName() + ")");
        }
        try {
            return new Answer<>(DirectoryResult.found(reader.read(new JsonRecord(object, uscc))), null);
        } catch (MalformedResponseException e) {
            return failed(Reason.MALFORMED_RESPONSE, e.getMessage());
        } catch (IllegalArgumentException e) {
            // the record's own checks; their messages name fields, not values
            return failed(Reason.MALFORMED_RESPONSE, e.getMessage());
        } catch (RuntimeException e) {
            return failed(Reason.MALFORMED_RESPONSE, "unreadable answer (" + e.getClass().getSimpleName() + ")");
        }
    }

    private <T> Answer<T> failed(Reason reason, String problem) {
        return new Answer<>(DirectoryResult.unavailable(directory, reason), problem);
    }
}
