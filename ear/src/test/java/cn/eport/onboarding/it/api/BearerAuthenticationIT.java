package cn.eport.onboarding.it.api;

import cn.eport.onboarding.it.Deployments;
import cn.eport.onboarding.it.HttpSession;
import cn.eport.onboarding.it.batch.ItDatabase;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The token API's authentication over HTTP (ADR 0030): a bearer token is its account, statelessly;
 * every other way in, a session cookie included, is the same 401.
 */
@ExtendWith(ArquillianExtension.class)
class BearerAuthenticationIT {

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aTokenIsItsAccountWithoutASession() {
        HttpResponse<String> me = ApiClient.of(base, ApiTokens.issue("ent-a")).get("me");
        assertEquals(200, me.statusCode(), me.body());
        JsonObject body = ApiClient.json(me).asJsonObject();
        assertEquals("ent-a", body.getString("username"));
        assertEquals("ENTERPRISE", body.getString("role"));
        assertEquals(18, body.getString("enterpriseUscc").length());
        assertFalse(body.getString("enterpriseName").isBlank());
        assertTrue(me.headers().allValues("Set-Cookie").isEmpty(), me.headers().toString());
        assertEquals("nosniff", me.headers().firstValue("X-Content-Type-Options").orElse(null));

        String other = ApiClient.json(ApiClient.of(base, ApiTokens.issue("ent-b")).get("me")).asJsonObject().getString("enterpriseUscc");
        assertNotEquals(body.getString("enterpriseUscc"), other);
    }

    @Test
    void everyRefusalIsTheSame401() {
        List<HttpResponse<String>> refused = List.of(
                ApiClient.anonymous(base).get("me"),
                ApiClient.of(base, ApiTokens.issueExpired("ent-a")).get("me"),
                ApiClient.of(base, ApiTokens.issueRevoked("ent-a")).get("me"),
                ApiClient.of(base, "eport_" + "A".repeat(43)).get("me"),
                ApiClient.anonymous(base).send("GET", "me", "Authorization", "Bearer"),
                ApiClient.anonymous(base).send("GET", "me", "Authorization", "Basic ZW50LWE6RXBvcnRAMjAyNg=="),
                ApiClient.anonymous(base).send("GET", "me", "Authorization", "Bearer a b"));
        String first = refused.get(0).body();
        for (HttpResponse<String> response : refused) {
            assertEquals(401, response.statusCode(), response.body());
            assertEquals("Bearer", response.headers().firstValue("WWW-Authenticate").orElse(null));
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            assertTrue(response.headers().allValues("Set-Cookie").isEmpty());
            assertEquals(first, response.body());
        }
        JsonObject problem = ApiClient.json(refused.get(0)).asJsonObject();
        assertEquals(401, problem.getInt("status"));
        assertEquals("Unauthorized", problem.getString("title"));
        assertTrue(problem.getString("detail").contains("API 令牌"), problem.getString("detail"));
    }

    @Test
    void theRefusalSpeaksTheCallersLanguage() {
        JsonObject english = ApiClient.json(ApiClient.anonymous(base).english().get("me")).asJsonObject();
        assertTrue(english.getString("detail").startsWith("A valid API token is required"), english.getString("detail"));
    }

    @Test
    void aSessionCookieAloneIsNoWayIn() {
        HttpSession session = HttpSession.loggedIn(base, "ent-a", "Eport@2026");
        HttpResponse<String> me = session.get("api/v1/me");
        assertEquals(401, me.statusCode(), me.body());
        assertEquals(200, session.get("api/codes/customs-district?q=02").statusCode(), "the pages' API keeps its session");
    }

    @Test
    void aBearerPostIsNotRefusedAsCrossSite() {
        ApiClient api = ApiClient.of(base, ApiTokens.issue("ent-a"));
        // no resource takes POST here: 405 shows the request got past the cross-site filter (403)
        assertEquals(405, api.post("me", "{}").statusCode());
        assertEquals(405, api.post("me", "{}", "Origin", "https://elsewhere.example").statusCode());
        assertEquals(401, ApiClient.anonymous(base).post("me", "{}", "Origin", "https://elsewhere.example").statusCode());
    }

    @Test
    void aUseIsNotedAndTheDatabaseHoldsNoToken() throws Exception {
        String token = ApiTokens.issue("ent-a");
        ItDatabase database = new ItDatabase();
        String hash = ApiTokens.hash(token);
        assertEquals(0, database.count("SELECT count(*) FROM api_token WHERE token_hash = ? AND last_used_at IS NOT NULL", hash));
        assertEquals(200, ApiClient.of(base, token).get("me").statusCode());
        assertEquals(1, database.count("SELECT count(*) FROM api_token WHERE token_hash = ? AND last_used_at IS NOT NULL", hash));
        assertNotNull(database.column("SELECT token_prefix FROM api_token WHERE token_hash = ?", hash).get(0));
        assertEquals(0, database.count("SELECT count(*) FROM api_token WHERE token_hash = ? OR token_prefix = ? OR token_name = ?",
                token, token, token));
    }
}
