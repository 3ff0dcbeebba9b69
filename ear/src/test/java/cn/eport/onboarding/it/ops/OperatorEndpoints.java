package cn.eport.onboarding.it.ops;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Payara's /health and /metrics on the test server's own HTTP port, called from inside the server, as
 * the monitoring account (its password from the domain's config/monitor-password, see payara-lib.sh),
 * another caller, or nobody.
 */
final class OperatorEndpoints {

    static final String MONITOR = "monitor";

    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;

    OperatorEndpoints() {
        String portBase = System.getenv("PORTBASE");
        if (portBase == null || !portBase.matches("[0-9]+")) {
            throw new IllegalStateException("PORTBASE in the server's environment: " + portBase);
        }
        base = "http://127.0.0.1:" + (Integer.parseInt(portBase) + 80);
    }

    /** The monitoring account's password, as the domain keeps it. */
    static String monitorPassword() {
        Path file = Path.of(System.getProperty("com.sun.aas.instanceRoot"), "config", "monitor-password");
        try {
            String line = Files.readString(file, StandardCharsets.UTF_8).strip();
            return line.substring(line.indexOf('=') + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    HttpResponse<String> anonymous(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)));
    }

    HttpResponse<String> as(String user, String password, String path) {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Basic " + credentials));
    }

    HttpResponse<String> asMonitor(String path) {
        return as(MONITOR, monitorPassword(), path);
    }

    /** The health answer as JSON, asked as the monitoring account. */
    JsonObject health(String path) {
        HttpResponse<String> answer = asMonitor(path);
        try (var reader = Json.createReader(new StringReader(answer.body()))) {
            return reader.readObject();
        }
    }

    /** The check of this name in a health answer. */
    static JsonObject check(JsonObject health, String name) {
        return health.getJsonArray("checks").stream().map(JsonObject.class::cast)
                .filter(c -> name.equals(c.getString("name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no check " + name + " in " + health));
    }

    /** The sum of a counter's samples (any suffix such as _total) carrying this label value, 0 when none yet. */
    double metric(String name, String label, String value) {
        HttpResponse<String> answer = asMonitor("/metrics");
        if (answer.statusCode() != 200) {
            throw new AssertionError("/metrics answered " + answer.statusCode());
        }
        return sum(answer.body(), name, label, value);
    }

    static double sum(String prometheusText, String name, String label, String value) {
        Pattern sample = Pattern.compile("^" + Pattern.quote(name) + "(?:_total)?\\{([^}]*)\\}\\s+(\\S+)", Pattern.MULTILINE);
        Matcher matcher = sample.matcher(prometheusText);
        double total = 0;
        while (matcher.find()) {
            if (label == null || matcher.group(1).contains(label + "=\"" + value + "\"")) {
                total += Double.parseDouble(matcher.group(2));
            }
        }
        return total;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
