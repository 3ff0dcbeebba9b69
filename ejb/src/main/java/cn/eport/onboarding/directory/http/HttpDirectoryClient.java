package cn.eport.onboarding.directory.http;

import cn.eport.onboarding.directory.Directory;
import cn.eport.onboarding.directory.DirectoryResult;
import cn.eport.onboarding.directory.DirectoryResult.Reason;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The HTTP side shared by every HTTP directory adapter: one GET per attempt with the JDK
 * {@link HttpClient}, the status mapping of docs/directories-http.md, bounded retries with
 * doubling backoff for the cases another attempt may cure, and no exception ever leaving it.
 * <ul>
 * <li>200: the JSON object is read into the record: {@link DirectoryResult.Found}; a body that is
 * not such JSON: {@link Reason#MALFORMED_RESPONSE}, not retried</li>
 * <li>404: {@link DirectoryResult.NotFound}</li>
 * <li>5xx, 429, timeout, connection refused or broken: retried, then unavailable</li>
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

    /** Waits between attempts; tests replace it so they need not sleep. */
    @FunctionalInterface
    interface Pause {
        Pause SLEEP = duration -> Thread.sleep(duration.toMillis());

        void pause(Duration duration) throws InterruptedException;
    }

    private final Directory directory;
    private final HttpSettings settings;
    private final HttpClient http;
    private final Pause pause;
    private final JsonReaderFactory json = Json.createReaderFactory(Map.of());

    /**
     * @param executor the threads the client completes its work on (the server's managed executor);
     *                 null for the JDK's default
     */
    public HttpDirectoryClient(Directory directory, HttpSettings settings, Executor executor) {
        this(directory, settings, executor, Pause.SLEEP);
    }

    HttpDirectoryClient(Directory directory, HttpSettings settings, Executor executor, Pause pause) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.pause = Objects.requireNonNull(pause, "pause");
        HttpClient.Builder builder = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1);
        if (executor != null) {
            builder.executor(executor);
        }
        this.http = builder.build();
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
     * @param query    query parameters (insertion order kept when the map keeps it)
     * @param reader   turns the JSON answer into the record
     */
    public <T> DirectoryResult<T> get(String resource, String uscc, Map<String, String> query, ResponseReader<T> reader) {
        Objects.requireNonNull(uscc, "uscc");
        URI uri = uri(List.of(resource, uscc), query);
        int attempts = settings.retries() + 1;
        for (int attempt = 1; ; attempt++) {
            Answer<T> answer = attempt(uri, uscc, reader);
            if (!(answer.result() instanceof DirectoryResult.Unavailable<T> unavailable)) {
                return answer.result();
            }
            boolean retry = unavailable.reason().retryable() && attempt < attempts;
            if (!retry) {
                int made = attempt;
                LOG.warning(() -> "Directory " + directory.configName() + " at " + settings.baseUrl()
                        + " unavailable (" + unavailable.reason() + ": " + answer.problem() + ") after "
                        + made + (made == 1 ? " attempt" : " attempts"));
                return answer.result();
            }
            Duration backoff = settings.backoffBefore(attempt);
            int failed = attempt;
            LOG.fine(() -> "Directory " + directory.configName() + ": attempt " + failed + " of " + attempts
                    + " failed (" + answer.problem() + "), retrying in " + backoff.toMillis() + " ms");
            try {
                pause.pause(backoff);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return DirectoryResult.unavailable(directory, Reason.INTERRUPTED);
            }
        }
    }

    /** The result of one attempt and, when it failed, what went wrong (for the log). */
    private record Answer<T>(DirectoryResult<T> result, String problem) {
    }

    private <T> Answer<T> attempt(URI uri, String uscc, ResponseReader<T> reader) {
        Duration deadline = settings.connectTimeout().plus(settings.readTimeout());
        HttpRequest request = HttpRequest.newBuilder(uri)
                .GET()
                .header("Accept", "application/json")
                .timeout(deadline)
                .build();
        CompletableFuture<HttpResponse<byte[]>> future = null;
        HttpResponse<byte[]> response;
        try {
            future = http.sendAsync(request, HttpDirectoryClient::bodyOf200);
            response = future.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            return failed(Reason.TIMEOUT, "no answer within " + deadline.toMillis() + " ms");
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            return failed(Reason.INTERRUPTED, "interrupted");
        } catch (ExecutionException e) {
            return failedWith(unwrap(e));
        } catch (RuntimeException e) {
            if (future != null) {
                future.cancel(true);
            }
            // unexpected: the type for the operator, the trace (whose message could name the request) only at FINE
            LOG.severe(() -> "Directory " + directory.configName() + ": the HTTP client failed with " + e.getClass().getName());
            LOG.log(Level.FINE, "HTTP client failure", e);
            return failed(Reason.CONNECTION_FAILED, e.getClass().getSimpleName());
        }
        int status = response.statusCode();
        return switch (meaningOf(status)) {
            case FOUND -> read(response.body(), uscc, reader);
            case NOT_FOUND -> new Answer<>(DirectoryResult.notFound(), null);
            case RETRYABLE_FAILURE -> failed(Reason.SERVER_ERROR, "HTTP " + status);
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

    private <T> Answer<T> failedWith(Throwable cause) {
        if (cause instanceof BodyTooLargeException) {
            return failed(Reason.MALFORMED_RESPONSE, cause.getMessage());
        }
        if (cause instanceof HttpTimeoutException) {
            return failed(Reason.TIMEOUT, cause.getClass().getSimpleName());
        }
        return failed(Reason.CONNECTION_FAILED, cause.getClass().getSimpleName()
                + (cause instanceof IOException && cause.getMessage() != null ? ": " + cause.getMessage() : ""));
    }

    private <T> Answer<T> failed(Reason reason, String problem) {
        return new Answer<>(DirectoryResult.unavailable(directory, reason), problem);
    }

    private static Throwable unwrap(Throwable e) {
        Throwable cause = e;
        while ((cause instanceof ExecutionException || cause instanceof CompletionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    private URI uri(List<String> path, Map<String, String> query) {
        StringBuilder uri = new StringBuilder(settings.baseUrl().toString());
        for (String segment : path) {
            uri.append('/').append(encode(segment));
        }
        char separator = '?';
        for (Map.Entry<String, String> parameter : query.entrySet()) {
            uri.append(separator).append(encode(parameter.getKey())).append('=').append(encode(parameter.getValue()));
            separator = '&';
        }
        return URI.create(uri.toString());
    }

    /** Percent-encodes everything but the unreserved characters of RFC 3986. */
    static String encode(String text) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                encoded.append(c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return encoded.toString();
    }

    /** Keeps the body of a 200 answer, up to {@link #MAX_BODY_BYTES}; discards every other body. */
    private static HttpResponse.BodySubscriber<byte[]> bodyOf200(HttpResponse.ResponseInfo info) {
        return info.statusCode() == 200
                ? new LimitedBody(MAX_BODY_BYTES)
                : HttpResponse.BodySubscribers.replacing(new byte[0]);
    }

    static final class BodyTooLargeException extends IOException {
        BodyTooLargeException(int limit) {
            super("the body is larger than " + limit + " bytes");
        }
    }

    /** Collects a body into a byte array and gives up (cancelling the download) past a limit. */
    static final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {

        private final int limit;
        private final CompletableFuture<byte[]> body = new CompletableFuture<>();
        private final List<ByteBuffer> parts = new ArrayList<>();
        private Flow.Subscription subscription;
        private int size;

        LimitedBody(int limit) {
            this.limit = limit;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return body;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            if (body.isDone()) {
                return;
            }
            for (ByteBuffer buffer : buffers) {
                size += buffer.remaining();
                if (size > limit) {
                    subscription.cancel();
                    parts.clear();
                    body.completeExceptionally(new BodyTooLargeException(limit));
                    return;
                }
                parts.add(buffer);
            }
        }

        @Override
        public void onError(Throwable error) {
            parts.clear();
            body.completeExceptionally(error);
        }

        @Override
        public void onComplete() {
            if (body.isDone()) {
                return;
            }
            byte[] bytes = new byte[size];
            int offset = 0;
            for (ByteBuffer part : parts) {
                int length = part.remaining();
                part.get(bytes, offset, length);
                offset += length;
            }
            parts.clear();
            body.complete(bytes);
        }
    }
}
