package cn.eport.onboarding.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** GET /eport/api/codes/{table}?q= over HTTP, as a logged-in enterprise user (whose forms need it). */
@ExtendWith(ArquillianExtension.class)
class CodeSuggestionApiIT {

    private static final String PASSWORD = "Eport@2026";

    @ArquillianResource
    private URL base;

    private HttpSession session;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @BeforeEach
    void logIn() {
        session = HttpSession.loggedIn(base, "ent-a", PASSWORD);
    }

    private static JsonValue json(HttpResponse<String> response) {
        String type = response.headers().firstValue("Content-Type").orElse("");
        assertTrue(type.startsWith("application/json") || type.startsWith("application/problem+json"),
                response.headers().toString());
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readValue();
        }
    }

    private static List<String> codes(JsonValue array) {
        return array.asJsonArray().stream().map(v -> v.asJsonObject().getString("code")).toList();
    }

    @Test
    void answersCodeAndNameInCodeOrder() {
        HttpResponse<String> response = session.get("api/codes/customs-district?q=02");
        assertEquals(200, response.statusCode());
        JsonArray found = json(response).asJsonArray();
        assertEquals(List.of("0200", "0201", "0202", "0203", "0204", "0205", "0206", "0207"), codes(found));
        assertEquals(Json.createObjectBuilder().add("code", "0200").add("name", "天津关区").build(), found.getJsonObject(0));
    }

    @Test
    void findsChineseNamesAndStopsAtTwenty() {
        assertEquals(List.of("0200", "0201"), codes(json(session.get("api/codes/customs-district?q=" + HttpSession.encode("天津")))));
        List<String> tax = codes(json(session.get("api/codes/tax-authority?q=1370")));
        assertEquals(20, tax.size());
        assertEquals("13700000000", tax.get(0));
    }

    @Test
    void textShorterThanTheThresholdGivesAnEmptyList() {
        for (String path : List.of("api/codes/customs-district?q=0", "api/codes/tax-authority?q=137",
                "api/codes/forex-bureau?q=%203%20", "api/codes/business-registration-authority", "api/codes/mofcom-authority?q=")) {
            HttpResponse<String> response = session.get(path);
            assertEquals(200, response.statusCode(), path);
            assertEquals(JsonValue.EMPTY_JSON_ARRAY, json(response), path);
        }
    }

    @Test
    void anUnknownTableIsA404ProblemListingTheKnownOnes() {
        for (String table : List.of("no-such-table", "CUSTOMS_DISTRICT", "customs_district")) {
            HttpResponse<String> response = session.get("api/codes/" + table + "?q=0100");
            assertEquals(404, response.statusCode(), table);
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), table);
            JsonObject error = json(response).asJsonObject();
            assertEquals(404, error.getInt("status"));
            assertEquals("Unknown code table: " + table, error.getString("detail"));
            assertTrue(error.getJsonArray("accepted").contains(Json.createValue("customs-district")), error.toString());
        }
    }

    @Test
    void withoutLoginThereAreNoCodesButA401Problem() {
        HttpResponse<String> response = HttpSession.anonymous(base).get("api/codes/customs-district?q=02");
        assertEquals(401, response.statusCode());
        assertEquals(401, json(response).asJsonObject().getInt("status"));
        assertTrue(!response.body().contains("天津关区"));
    }
}
