package cn.eport.onboarding.it.api;

import cn.eport.onboarding.it.Deployments;
import cn.eport.onboarding.it.HttpSession;
import cn.eport.onboarding.it.batch.ItDatabase;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The token API's first endpoints over HTTP (ADR 0030): the same services and texts as the pages, the
 * token's enterprise only, and problems in the caller's language.
 */
@ExtendWith(ArquillianExtension.class)
class ApiEndpointsIT {

    private static final List<String> TABLES = List.of("enterprise_registration", "legal_person_card", "mofcom_filing",
            "customs_filing", "forex_filing", "enterprise_operator");

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void theTaskListIsTheHomePagesInTheCallersLanguage() {
        ApiClient api = ApiClient.of(base, ApiTokens.issue("ent-a"));
        JsonArray chinese = ApiClient.json(api.get("tasks")).asJsonArray();
        assertEquals(6, chinese.size());
        JsonObject first = chinese.getJsonObject(0);
        assertEquals("REGISTRATION", first.getString("function"));
        assertEquals("ENTERPRISE_REGISTRATION", first.getString("kind"));
        assertEquals("三证合一信息", first.getString("name"));
        assertTrue(!first.getString("nextStepText").isBlank());
        JsonObject english = ApiClient.json(api.english().get("tasks")).asJsonArray().getJsonObject(0);
        assertEquals(first.getString("state"), english.getString("state"));
        assertTrue(!english.getString("name").equals(first.getString("name")), english.getString("name"));
    }

    @Test
    void codeSuggestionsAreThoseOfThePagesApi() {
        HttpResponse<String> viaToken = ApiClient.of(base, ApiTokens.issue("ent-b")).get("codes/customs-district?q=02");
        assertEquals(200, viaToken.statusCode());
        HttpResponse<String> viaSession = HttpSession.loggedIn(base, "ent-b", "Eport@2026").get("api/codes/customs-district?q=02");
        assertEquals(ApiClient.json(viaSession), ApiClient.json(viaToken));

        HttpResponse<String> unknown = ApiClient.of(base, ApiTokens.issue("ent-b")).english().get("codes/no-such-table");
        assertEquals(404, unknown.statusCode());
        JsonObject problem = ApiClient.json(unknown).asJsonObject();
        assertEquals("unknown-code-table", problem.getString("code"));
        assertTrue(problem.getJsonArray("accepted").contains(jakarta.json.Json.createValue("customs-district")));
    }

    @Test
    void applicationsAreTheTokensEnterprisesOnly() throws Exception {
        ItDatabase database = new ItDatabase();
        for (String user : List.of("ent-a", "ent-b")) {
            ApiClient api = ApiClient.of(base, ApiTokens.issue(user));
            String uscc = ApiClient.json(api.get("me")).asJsonObject().getString("enterpriseUscc");
            long stored = 0;
            for (String table : TABLES) {
                stored += database.count("SELECT count(*) FROM " + table + " WHERE enterprise_uscc = ?", uscc);
            }
            JsonObject page = ApiClient.json(api.get("applications?size=100")).asJsonObject();
            assertEquals(stored, page.getJsonNumber("total").longValue(), user);
            assertEquals(0, page.getInt("page"));
            assertEquals(100, page.getInt("size"));
            for (JsonValue item : page.getJsonArray("items")) {
                JsonObject application = item.asJsonObject();
                String table = TABLES.get(List.of("ENTERPRISE_REGISTRATION", "LEGAL_PERSON_CARD", "MOFCOM_FILING",
                        "CUSTOMS_FILING", "FOREX_FILING", "OPERATOR").indexOf(application.getString("kind")));
                assertEquals(1, database.count("SELECT count(*) FROM " + table + " WHERE id = ? AND enterprise_uscc = ?",
                        application.getJsonNumber("id").longValue(), uscc), application.toString());
            }
            JsonObject cards = ApiClient.json(api.get("applications?kind=legal_person_card&size=100")).asJsonObject();
            assertEquals(database.count("SELECT count(*) FROM legal_person_card WHERE enterprise_uscc = ?", uscc),
                    cards.getJsonNumber("total").longValue());
            Set<String> kinds = cards.getJsonArray("items").stream().map(v -> v.asJsonObject().getString("kind")).collect(Collectors.toSet());
            assertTrue(Set.of("LEGAL_PERSON_CARD").containsAll(kinds), kinds.toString());
        }
    }

    @Test
    void aStartAfterTheEndIsTheStatusPagesMessageInTheCallersLanguage() {
        ApiClient api = ApiClient.of(base, ApiTokens.issue("ent-a"));
        String path = "applications?declaredFrom=2026-12-05&declaredTo=2026-12-01";
        HttpResponse<String> chinese = api.get(path);
        assertEquals(422, chinese.statusCode(), chinese.body());
        assertTrue(chinese.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        JsonObject problem = ApiClient.json(chinese).asJsonObject();
        assertEquals("Unprocessable Content", problem.getString("title"));
        assertEquals("validation-failed", problem.getString("code"));
        JsonObject error = problem.getJsonArray("errors").getJsonObject(0);
        assertEquals("declaredFrom", error.getString("field"));
        assertEquals("提交日期不能晚于截止日期，请重新选择。", error.getString("message"));

        JsonObject english = ApiClient.json(api.english().get(path)).asJsonObject();
        assertEquals("Unprocessable Content", english.getString("title"));
        assertEquals("The date in “Declared from” must not be after the date in “To”; please choose again.",
                english.getJsonArray("errors").getJsonObject(0).getString("message"));
    }

    @Test
    void unreadableParametersAreOne400NamingEach() {
        HttpResponse<String> response = ApiClient.of(base, ApiTokens.issue("ent-a"))
                .get("applications?kind=NOPE&status=done&declaredFrom=yesterday&size=1000&page=-1");
        assertEquals(400, response.statusCode(), response.body());
        JsonObject problem = ApiClient.json(response).asJsonObject();
        assertEquals("invalid-parameter", problem.getString("code"));
        List<String> fields = problem.getJsonArray("errors").stream().map(v -> v.asJsonObject().getString("field")).toList();
        assertEquals(List.of("kind", "status", "declaredFrom", "page", "size"), fields);
        assertTrue(problem.getJsonArray("accepted").contains(jakarta.json.Json.createValue("OPERATOR")));
        assertTrue(problem.getJsonArray("accepted").contains(jakarta.json.Json.createValue("DRAFT")));
    }
}
