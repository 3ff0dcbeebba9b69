package cn.eport.onboarding.it.security;

import cn.eport.onboarding.it.Deployments;
import cn.eport.onboarding.it.HttpSession;
import cn.eport.onboarding.it.api.ApiClient;
import cn.eport.onboarding.it.api.ApiTokens;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Issue 8 point 6 over plain HTTP (ADR 0014): every kind of response carries the same hardening
 * headers, whoever answers it (a page, the login page in place of a protected one, the container's
 * 403 and 404 pages, a static resource), pages carry a Content-Security-Policy whose nonce is on every
 * script and that leaves no inline event handler, and HTTPS answers add Strict-Transport-Security.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityHeadersIT {

    private static final String PASSWORD = "Eport@2026";
    private static final Pattern SCRIPT_TAG = Pattern.compile("<script\\b[^>]*>");
    private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");
    /** An event handler attribute in markup (onclick="…"), which the policy would refuse to run. */
    private static final Pattern INLINE_HANDLER = Pattern.compile("<[a-zA-Z][^>]*\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aPageHasThePolicyWithItsNonceOnEveryScriptAndNoInlineHandler() {
        HttpSession entA = HttpSession.loggedIn(base, "ent-a", PASSWORD);
        for (String page : List.of("", "enterprise/registrations", "enterprise/registration-edit", "enterprise/status",
                "account/api-tokens")) {
            HttpResponse<String> response = entA.get(page);
            assertEquals(200, response.statusCode(), page);
            assertPageHeaders(response);
            assertScriptsCarryTheNonce(response);
        }
    }

    @Test
    void theLoginPageHasTheSameHeaders() {
        HttpResponse<String> login = HttpSession.anonymous(base).get("login");
        assertEquals(200, login.statusCode());
        assertPageHeaders(login);
        assertScriptsCarryTheNonce(login);
    }

    @Test
    void theAnswerToAnAnonymousRequestForAProtectedPageHasTheSameHeaders() {
        for (String page : List.of("enterprise/registrations", "review/queue", "")) {
            HttpResponse<String> answer = HttpSession.anonymous(base).get(page);
            assertTrue(answer.statusCode() < 400, page + ": " + answer.statusCode());
            assertHardened(answer);
            assertNoStore(answer);
        }
    }

    /** The review dashboard's charts are PrimeFaces widgets: their scripts carry the nonce like every other (ADR 0029). */
    @Test
    void theReviewDashboardsChartsCarryTheNonce() {
        for (String user : List.of("reviewer", "supervisor")) {
            HttpResponse<String> dashboard = HttpSession.loggedIn(base, user, PASSWORD).get("review/dashboard");
            assertEquals(200, dashboard.statusCode(), user);
            assertTrue(dashboard.body().contains("PrimeFaces.cw(\"Chart\""), "the charts' widgets");
            assertPageHeaders(dashboard);
            assertScriptsCarryTheNonce(dashboard);
        }
    }

    @Test
    void theForbiddenPageHasTheSameHeaders() {
        HttpResponse<String> forbidden = HttpSession.loggedIn(base, "ent-a", PASSWORD).get("review/queue");
        assertEquals(403, forbidden.statusCode());
        assertTrue(forbidden.body().contains("id=\"error-forbidden\""), "the application's 403 page");
        assertPageHeaders(forbidden);
    }

    @Test
    void theNotFoundPageHasTheSameHeaders() {
        HttpResponse<String> notFound = HttpSession.loggedIn(base, "ent-a", PASSWORD).get("no-such-page");
        assertEquals(404, notFound.statusCode());
        assertPageHeaders(notFound);
    }

    @Test
    void staticResourcesStayCacheableButAreNeverSniffed() {
        HttpResponse<String> css = HttpSession.anonymous(base).get("jakarta.faces.resource/css/eport.css.xhtml");
        assertEquals(200, css.statusCode());
        assertHardened(css);
        String cacheControl = css.headers().firstValue("Cache-Control").orElse("");
        assertFalse(cacheControl.contains("no-store"), "cacheable: " + cacheControl);
        assertTrue(cacheControl.contains("max-age="), "cacheable: " + cacheControl);
    }

    @Test
    void theApiAnswersWithTheSameHeaders() {
        HttpResponse<String> json = HttpSession.loggedIn(base, "ent-a", PASSWORD).get("api/codes/customs-district?q=02");
        assertEquals(200, json.statusCode());
        assertHardened(json);
        assertNoStore(json);
    }

    /** The token API (ADR 0030): its answers and its refusals alike, and never a cookie. */
    @Test
    void theTokenApiAnswersWithTheSameHeaders() {
        HttpResponse<String> json = ApiClient.of(base, ApiTokens.issue("ent-a")).get("me");
        HttpResponse<String> refused = ApiClient.anonymous(base).get("me");
        assertEquals(200, json.statusCode());
        assertEquals(401, refused.statusCode());
        for (HttpResponse<String> answer : List.of(json, refused)) {
            assertHardened(answer);
            assertNoStore(answer);
            assertEquals(List.of(), answer.headers().allValues("Set-Cookie"));
        }
    }

    @Test
    void httpsAnswersAskForHttpsFromNowOnAndHttpAnswersDoNot() throws Exception {
        // the HTTPS listener is one port above the HTTP one (port base + 81, self-signed certificate)
        URI https = URI.create("https://127.0.0.1:" + (base.getPort() + 1) + base.getPath() + "login");
        HttpResponse<String> overTls = trustingClient().send(HttpRequest.newBuilder(https).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, overTls.statusCode());
        assertEquals(List.of("max-age=31536000; includeSubDomains"), overTls.headers().allValues("Strict-Transport-Security"));
        assertPageHeaders(overTls);

        HttpResponse<String> plain = HttpSession.anonymous(base).get("login");
        assertEquals(List.of(), plain.headers().allValues("Strict-Transport-Security"), "HSTS only over HTTPS");
    }

    /** The headers of every response of the application. */
    private static void assertHardened(HttpResponse<String> response) {
        String where = response.uri() + " (" + response.statusCode() + ")";
        assertEquals(List.of("nosniff"), response.headers().allValues("X-Content-Type-Options"), where);
        assertEquals(List.of("DENY"), response.headers().allValues("X-Frame-Options"), where);
        assertEquals(List.of("same-origin"), response.headers().allValues("Referrer-Policy"), where);
        List<String> policies = response.headers().allValues("Content-Security-Policy");
        assertEquals(1, policies.size(), where + ": one policy, not several to be combined: " + policies);
        List<String> directives = Arrays.stream(policies.get(0).split(";")).map(String::strip).toList();
        for (String required : List.of("default-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'self'",
                "frame-ancestors 'none'")) {
            assertTrue(directives.contains(required), where + " lacks " + required + ": " + policies.get(0));
        }
        String scripts = directives.stream().filter(d -> d.startsWith("script-src ")).findFirst().orElseThrow();
        assertFalse(scripts.contains("'unsafe-"), where + ": " + scripts);
    }

    /** What a page needs beyond {@link #assertHardened}: never stored, and its scripts allowed by a nonce. */
    private static void assertPageHeaders(HttpResponse<String> response) {
        assertHardened(response);
        assertNoStore(response);
        assertTrue(NONCE.matcher(response.headers().firstValue("Content-Security-Policy").orElseThrow()).find(),
                response.uri() + ": a page's policy allows its own inline scripts by a nonce");
    }

    private static void assertNoStore(HttpResponse<String> response) {
        assertTrue(response.headers().firstValue("Cache-Control").orElse("").contains("no-store"),
                response.uri() + ": " + response.headers().map());
    }

    /** Every script element carries the nonce of the response's policy, and no element has an inline handler. */
    private static void assertScriptsCarryTheNonce(HttpResponse<String> page) {
        Matcher nonce = NONCE.matcher(page.headers().firstValue("Content-Security-Policy").orElseThrow());
        assertTrue(nonce.find());
        Matcher script = SCRIPT_TAG.matcher(page.body());
        int scripts = 0;
        while (script.find()) {
            scripts++;
            assertTrue(script.group().contains("nonce=\"" + nonce.group(1) + "\""), page.uri() + ": " + script.group());
        }
        assertTrue(scripts > 0, page.uri() + " has scripts");
        Matcher handler = INLINE_HANDLER.matcher(page.body());
        if (handler.find()) {
            fail(page.uri() + " has an inline event handler: " + handler.group());
        }
    }

    /** A client for the test server's self-signed HTTPS listener only: it trusts any certificate. */
    private static HttpClient trustingClient() throws Exception {
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, new TrustManager[] {new TrustAnyCertificate()}, new SecureRandom());
        return HttpClient.newBuilder().sslContext(tls).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private static final class TrustAnyCertificate extends X509ExtendedTrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
