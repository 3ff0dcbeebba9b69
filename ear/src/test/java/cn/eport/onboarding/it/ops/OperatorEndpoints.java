package cn.eport.onboarding.it.ops;

import cn.eport.onboarding.it.HttpSession;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
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

    /** An answer: its status and its body. */
    record Answer(int statusCode, String body) {
    }

    /**
     * The server's own HTTPS root (port base + 81; these endpoints answer HTTP with a redirect to it, so
     * credentials never cross the network in clear). Read when a request is sent, inside the server: the
     * test class is also made outside it.
     */
    private static String base() {
        return "https://127.0.0.1:" + (HttpSession.ownServer().getPort() + 1);
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

    Answer anonymous(String path) {
        return send(path, null);
    }

    Answer as(String user, String password, String path) {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return send(path, "Basic " + credentials);
    }

    Answer asMonitor(String path) {
        return as(MONITOR, monitorPassword(), path);
    }

    /** The health answer as JSON, asked as the monitoring account. */
    JsonObject health(String path) {
        Answer answer = asMonitor(path);
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
        Answer answer = asMonitor("/metrics");
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

    /**
     * GET over HTTPS to this very server, whose certificate is the domain's own self-signed one for the
     * host's name: trusted for this connection to 127.0.0.1 only, not for the JVM.
     */
    private static Answer send(String path, String authorization) {
        try {
            HttpsURLConnection connection = (HttpsURLConnection) URI.create(base() + path).toURL().openConnection();
            connection.setSSLSocketFactory(OWN_SERVER.getSocketFactory());
            connection.setHostnameVerifier((host, session) -> "127.0.0.1".equals(host));
            connection.setInstanceFollowRedirects(false);
            if (authorization != null) {
                connection.setRequestProperty("Authorization", authorization);
            }
            int status = connection.getResponseCode();
            try (InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
                return new Answer(status, in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final SSLContext OWN_SERVER = trustingAnyCertificate();

    private static SSLContext trustingAnyCertificate() {
        TrustManager[] any = {new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
                // not a server
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
                // the test server's own certificate, reached at 127.0.0.1 only (see send)
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        }};
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, any, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
