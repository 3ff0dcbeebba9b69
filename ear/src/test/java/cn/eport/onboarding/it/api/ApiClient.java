package cn.eport.onboarding.it.api;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A tiny JSON client of the token API ({@code /eport/api/v1}) for ITs: every request carries
 * {@code Authorization: Bearer <token>} (when a token is given) and {@code Accept-Language}; no cookies
 * are kept and redirects are not followed, so a test sees exactly what the server answered.
 * <pre>{@code
 * ApiClient api = ApiClient.of(base, ApiTokens.issue("ent-a"));          // Chinese problems (the default)
 * HttpResponse<String> me = api.get("me");                               // GET /eport/api/v1/me
 * assertEquals("ent-a", ApiClient.json(me).asJsonObject().getString("username"));
 * api.english().post("applications/...", "{\"name\":\"...\"}");          // English problems
 * ApiClient.anonymous(base).get("me");                                   // 401, no Authorization header
 * api.send("GET", "me", "Authorization", "Bearer nonsense");             // extra or replacing headers
 * }</pre>
 * Paths are relative to {@code /eport/api/v1/}.
 */
public final class ApiClient {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private final URL base;
    private final String token;
    private final String language;

    private ApiClient(URL base, String token, String language) {
        this.base = base;
        this.token = token;
        this.language = language;
    }

    /** A client sending the token, asking for Chinese ({@code Accept-Language: zh-CN}). */
    public static ApiClient of(URL base, String token) {
        return new ApiClient(base, token, "zh-CN,zh;q=0.9");
    }

    /** A client sending no Authorization header. */
    public static ApiClient anonymous(URL base) {
        return new ApiClient(base, null, "zh-CN,zh;q=0.9");
    }

    /** The same client asking for English answers ({@code Accept-Language: en}). */
    public ApiClient english() {
        return new ApiClient(base, token, "en");
    }

    /** The same client with this {@code Accept-Language}. */
    public ApiClient language(String acceptLanguage) {
        return new ApiClient(base, token, acceptLanguage);
    }

    public HttpResponse<String> get(String path) {
        return send("GET", path);
    }

    public HttpResponse<String> delete(String path) {
        return send("DELETE", path);
    }

    /** POST a JSON body. */
    public HttpResponse<String> post(String path, String json, String... headers) {
        return sendJson("POST", path, json, headers);
    }

    /** PUT a JSON body. */
    public HttpResponse<String> put(String path, String json, String... headers) {
        return sendJson("PUT", path, json, headers);
    }

    /** A request without a body, with further headers (name, value, ...; they replace the client's own). */
    public HttpResponse<String> send(String method, String path, String... headers) {
        return send(builder(path, headers).method(method, HttpRequest.BodyPublishers.noBody()));
    }

    /** A request with a JSON body, with further headers (name, value, ...). */
    public HttpResponse<String> sendJson(String method, String path, String json, String... headers) {
        return send(builder(path, headers).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** A request with any body publisher (uploads), with further headers. */
    public HttpResponse<String> send(String method, String path, HttpRequest.BodyPublisher body, String... headers) {
        return send(builder(path, headers).method(method, body));
    }

    /** The body of an answer as JSON. */
    public static JsonValue json(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readValue();
        }
    }

    private HttpRequest.Builder builder(String path, String... headers) {
        List<String> own = new ArrayList<>(List.of("Accept", "application/json", "Accept-Language", language));
        if (token != null) {
            own.addAll(List.of("Authorization", "Bearer " + token));
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "api/v1/" + path));
        for (int i = 0; i < own.size(); i += 2) {
            if (!named(headers, own.get(i))) {
                request.header(own.get(i), own.get(i + 1));
            }
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request;
    }

    private static boolean named(String[] headers, String name) {
        for (int i = 0; i < headers.length; i += 2) {
            if (headers[i].equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
