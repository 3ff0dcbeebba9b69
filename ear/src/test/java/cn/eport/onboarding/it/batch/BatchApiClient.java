package cn.eport.onboarding.it.batch;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The batch API (/api/batch) as a client-side test calls it, with HTTP Basic. */
final class BatchApiClient {

    static final String PASSWORD = "Eport@2026";
    private static final Pattern EXECUTION_ID = Pattern.compile("\"executionId\":(\\d+)");

    private final URL base;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    BatchApiClient(URL base) {
        this.base = base;
    }

    HttpResponse<String> call(String method, String path, String user, String password, String form) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "api/batch/" + path))
                .method(method, form == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(form))
                .header("Content-Type", "application/x-www-form-urlencoded");
        if (user != null) {
            request.header("Authorization", basic(user, password));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** As the demo batch operator. */
    HttpResponse<String> asBatch(String method, String path, String form) throws Exception {
        return call(method, path, "batch", PASSWORD, form);
    }

    static long executionId(HttpResponse<String> answer) {
        Matcher id = EXECUTION_ID.matcher(answer.body());
        assertTrue(id.find(), answer.body());
        return Long.parseLong(id.group(1));
    }

    /** Polls the execution until it is over; its last state as JSON. */
    String awaitOver(long id, Duration atMost) throws Exception {
        Instant deadline = Instant.now().plus(atMost);
        while (Instant.now().isBefore(deadline)) {
            HttpResponse<String> state = asBatch("GET", "executions/" + id, null);
            assertEquals(200, state.statusCode(), state.body());
            if (state.body().contains("\"over\":true")) {
                return state.body();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("execution " + id + " did not end within " + atMost);
    }
}
