package cn.eport.onboarding.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A plain HTTP client with a session cookie, for tests of the REST API: it logs in through the
 * login form like a browser would (GET the form, POST it with its view state), then sends requests
 * as that user. Redirects are not followed, so tests see what the server answered.
 */
public final class HttpSession {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*?value=\"([^\"]*)\"");
    /** The page's nonce as PrimeFaces' script receives it (ADR 0014). */
    private static final Pattern CSP_NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

    private final HttpClient client;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final URL base;

    private HttpSession(URL base) {
        this.base = base;
        this.client = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** A client that has not logged in. */
    public static HttpSession anonymous(URL base) {
        return new HttpSession(base);
    }

    /** A client logged in as the given user; fails the test when the login form refuses. */
    public static HttpSession loggedIn(URL base, String username, String password) {
        HttpSession session = new HttpSession(base);
        HttpResponse<String> answer = session.post("login", session.loginForm(username, password));
        if (answer.statusCode() != 302) {
            throw new IllegalStateException("Login of " + username + " refused: HTTP " + answer.statusCode());
        }
        return session;
    }

    /** The login form as a browser would post it: opened in this session, filled in with these credentials. */
    public Map<String, String> loginForm(String username, String password) {
        HttpResponse<String> form = get("login");
        if (form.statusCode() != 200 || !VIEW_STATE.matcher(form.body()).find()) {
            throw new IllegalStateException("No login form at " + uri("login") + ": HTTP " + form.statusCode());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("login", "login");
        fields.put("login:username", username);
        fields.put("login:password", password);
        fields.put("login:continue", "");
        fields.put("login:submit", "login");
        fields.putAll(formState(form.body()));
        return fields;
    }

    /**
     * The address of the test server's own HTTP listener, for in-container tests: its port base
     * (the server's environment, see it-server.sh) + 80.
     */
    public static URL ownServer() {
        String portBase = System.getenv("PORTBASE");
        if (portBase == null || !portBase.matches("[0-9]+")) {
            throw new IllegalStateException("PORTBASE in the server's environment: " + portBase);
        }
        try {
            return URI.create("http://127.0.0.1:" + (Integer.parseInt(portBase) + 80) + "/eport/").toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The answer sends the browser to the login page (303) instead of answering with the page asked for. */
    public static boolean sendsToLogin(HttpResponse<String> response) {
        return response.statusCode() == 303 && response.headers().firstValue("Location")
                .filter(location -> location.matches("(https?://[^/]+)?/eport/login(\\?.*)?")).isPresent()
                && response.body().isEmpty();
    }

    /** The view state of the (first) JSF form of a page, to post that form as a browser would. */
    public static String viewState(String html) {
        Matcher viewState = VIEW_STATE.matcher(html);
        if (!viewState.find()) {
            throw new IllegalStateException("No JSF form on the page");
        }
        return viewState.group(1);
    }

    /**
     * The hidden fields a browser posts with a JSF form of the page: the view state and the page's
     * Content-Security-Policy nonce, which PrimeFaces' script adds to every form and checks on postback
     * (ADR 0014).
     */
    public static Map<String, String> formState(String html) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("jakarta.faces.ViewState", viewState(html));
        Matcher nonce = CSP_NONCE.matcher(html);
        if (nonce.find()) {
            fields.put("primefaces.nonce", nonce.group(1));
        }
        return fields;
    }

    /**
     * The page with its Content-Security-Policy nonce (a new one in every response, ADR 0014) masked,
     * to compare two answers by what they say.
     */
    public static String withoutNonce(String html) {
        Matcher nonce = CSP_NONCE.matcher(html);
        return nonce.find() ? html.replace(nonce.group(1), "NONCE") : html;
    }

    /**
     * POST form fields (URL-encoded) to a path relative to the application, with further request
     * headers if given (name, value, name, value, ...).
     */
    public HttpResponse<String> post(String path, Map<String, String> fields, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(fields.entrySet().stream()
                        .map(f -> encode(f.getKey()) + "=" + encode(f.getValue())).collect(Collectors.joining("&"))));
        return send(headers.length == 0 ? request : request.headers(headers));
    }

    /** POST form fields as multipart/form-data (as a browser sends a form with a file input), with further headers. */
    public HttpResponse<String> postMultipart(String path, Map<String, String> fields, String... headers) {
        String boundary = "----eport-it-" + System.nanoTime();
        String body = fields.entrySet().stream()
                .map(f -> "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n"
                        + f.getValue() + "\r\n")
                .collect(Collectors.joining()) + "--" + boundary + "--\r\n";
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        return send(headers.length == 0 ? request : request.headers(headers));
    }

    /** GET a path relative to the application ("api/codes/customs-district?q=02"). */
    public HttpResponse<String> get(String path) {
        return send("GET", path, "Accept", "application/json, text/html");
    }

    /** A request without a body (GET, DELETE, ...) with the given headers (name, value, ...). */
    public HttpResponse<String> send(String method, String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).method(method, HttpRequest.BodyPublishers.noBody());
        return send(headers.length == 0 ? request : request.headers(headers));
    }

    /** The value of the session cookie the server gave this client, or null. */
    public String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> "JSESSIONID".equals(c.getName()))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    /** GET a path relative to the application, the body as bytes (file downloads). */
    public HttpResponse<byte[]> getBytes(String path) {
        try {
            return client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A query parameter value, percent-encoded as UTF-8. */
    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private URI uri(String path) {
        return URI.create(base.toString() + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
