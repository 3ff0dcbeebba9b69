package cn.eport.onboarding.it.api;

import cn.eport.onboarding.it.Deployments;
import cn.eport.onboarding.it.HttpSession;
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
import java.net.MalformedURLException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The OpenAPI document the server really serves (ADR 0031): complete (every operation named,
 * summarised, answering 401 and needing the token; every schema with an example; the shared problem
 * answers), the published API only, and a contract that real answers of every listed operation meet.
 */
@ExtendWith(ArquillianExtension.class)
class OpenApiDocumentIT {

    private static final List<String> REFUSALS = List.of("400", "401", "403", "404", "409", "413", "415", "422", "500");

    @ArquillianResource
    private URL base;

    private String text;
    private JsonObject document;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @BeforeEach
    void fetchTheDocument() throws MalformedURLException {
        HttpResponse<String> answer = HttpSession.anonymous(new URL(base, "/")).send("GET", "openapi",
                "Accept", "application/json");
        assertEquals(200, answer.statusCode());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        text = answer.body();
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            document = reader.readObject();
        }
    }

    @Test
    void describesTheApiItsServerAndTheToken() {
        assertTrue(document.getJsonObject("info").getString("title").contains("E-Port onboarding API"));
        assertTrue(document.getJsonObject("info").getString("description").contains("/eport/account/api-tokens"));
        assertEquals("/eport/api", document.getJsonArray("servers").getJsonObject(0).getString("url"));
        assertEquals(1, document.getJsonArray("servers").size());
        JsonObject bearer = components("securitySchemes").getJsonObject("bearer");
        assertEquals("http", bearer.getString("type"));
        assertEquals("bearer", bearer.getString("scheme"));
        assertTrue(bearer.getString("description").contains("/eport/account/api-tokens"));
        assertEquals("bearer", document.getJsonArray("security").getJsonObject(0).keySet().iterator().next());
    }

    @Test
    void everyRefusalIsAProblemWithAnExample() {
        JsonObject problem = components("schemas").getJsonObject("Problem");
        assertTrue(problem.getJsonObject("properties").keySet().containsAll(
                List.of("type", "title", "status", "detail", "accepted", "errors")));
        for (String status : REFUSALS) {
            JsonObject media = components("responses").getJsonObject(status).getJsonObject("content")
                    .getJsonObject("application/problem+json");
            assertEquals("#/components/schemas/Problem", media.getJsonObject("schema").getString("$ref"), status);
            assertEquals(Integer.parseInt(status), media.getJsonObject("example").getInt("status"), status);
        }
    }

    @Test
    void everySchemaHasAnExample() {
        components("schemas").forEach((name, schema) ->
                assertTrue(schema.asJsonObject().containsKey("example"), "schema " + name + " has no example"));
    }

    @Test
    void onlyThePublishedApiIsListed() {
        for (String path : paths().keySet()) {
            assertTrue(path.startsWith("/v1/"), path);
        }
        String lower = text.toLowerCase(Locale.ROOT);
        assertFalse(paths().keySet().stream().anyMatch(p -> p.contains("/batch/") || p.contains("/session/")));
        assertFalse(lower.contains("payara") || lower.contains("glassfish"), "names the server");
    }

    @Test
    void everyOperationIsNamedSummarisedAndNeedsTheToken() {
        boolean globalToken = document.containsKey("security") && !document.getJsonArray("security").isEmpty();
        for (Operation op : operations()) {
            assertTrue(op.body().containsKey("operationId"), op + " has no operationId");
            assertFalse(op.body().getString("summary", "").isBlank(), op + " has no summary");
            assertTrue(op.body().getJsonObject("responses").containsKey("401"), op + " does not answer 401");
            assertTrue(globalToken || op.body().containsKey("security"), op + " needs no token");
        }
    }

    /** Every operation of the document answers a caller without a token as the document says: a 401 problem. */
    @Test
    void realAnswersWithoutATokenMeetTheContract() throws MalformedURLException {
        ApiContract contract = ApiContract.of(text);
        HttpSession anonymous = HttpSession.anonymous(new URL(base, "/"));
        List<String> deviations = new ArrayList<>();
        for (Operation op : operations()) {
            String path = "eport/api" + op.path().replaceAll("\\{[^}]+}", "1");
            HttpResponse<String> answer = anonymous.send(op.method().toUpperCase(Locale.ROOT), path,
                    "Accept", "application/json");
            assertEquals(401, answer.statusCode(), op.toString());
            String found = contract.deviations(answer);
            if (!found.isEmpty()) {
                deviations.add(found);
            }
        }
        assertEquals(List.of(), deviations);
    }

    /**
     * The document's own examples at work, and every GET operation of it, called with a token of
     * ent-a: a 补办法人卡 and an operator created from their details' examples, a file uploaded to the
     * card, then every GET with its path's {id} one of those (the application of the path's kind, the
     * file), and the refusals the operations promise, in both languages: the real status, content
     * type and body are what the document says.
     */
    @Test
    void realAnswersWithATokenMeetTheContract() {
        ApiContract contract = ApiContract.of(text);
        ApiClient api = ApiClient.of(base, ApiTokens.issue("ent-a"));
        List<HttpResponse<String>> answers = new ArrayList<>();
        Map<String, String> ids = new HashMap<>();
        for (String kind : List.of("legal-person-cards", "operators")) {
            HttpResponse<String> created = api.post(kind, example(kind));
            assertEquals(201, created.statusCode(), kind + " from the document's example: " + created.body());
            answers.add(created);
            ids.put(kind, String.valueOf(ApiClient.json(created).asJsonObject().getJsonNumber("id").longValue()));
        }
        Multipart file = Multipart.upload("营业执照.pdf", Multipart.file("%PDF-1.4\n", 100), "BUSINESS_LICENCE");
        HttpResponse<String> uploaded = api.send("POST", "legal-person-cards/" + ids.get("legal-person-cards") + "/attachments",
                file.publisher(), "Content-Type", file.contentType());
        assertEquals(201, uploaded.statusCode(), uploaded.body());
        answers.add(uploaded);
        ids.put("attachments", String.valueOf(ApiClient.json(uploaded).asJsonObject().getJsonNumber("id").longValue()));

        for (Operation op : operations()) {
            if (op.method().equals("get") && (!op.path().contains("{id}") || ids.containsKey(kindOf(op)))) {
                HttpResponse<String> answer = api.get(sample(op, ids.get(kindOf(op))));
                assertTrue(answer.statusCode() < 300, op + " answered " + answer.statusCode() + ": " + answer.body());
                answers.add(answer);
            }
        }
        answers.add(api.get("codes/no-such-table"));
        answers.add(api.english().get("codes/no-such-table"));
        answers.add(api.get("applications?page=x"));
        answers.add(api.get("applications?declaredFrom=2026-02-01&declaredTo=2026-01-01"));
        List<String> deviations = answers.stream().map(contract::deviations).filter(d -> !d.isEmpty()).toList();
        assertEquals(List.of(), deviations);
        assertEquals(List.of(404, 404, 400, 422), answers.subList(answers.size() - 4, answers.size()).stream()
                .map(HttpResponse::statusCode).toList());
    }

    /** The example of the details a kind's create takes, as the document shows it. */
    private String example(String kind) {
        JsonObject create = paths().get("/v1/" + kind).asJsonObject().getJsonObject("post");
        String ref = create.getJsonObject("requestBody").getJsonObject("content").getJsonObject("application/json")
                .getJsonObject("schema").getString("$ref");
        return components("schemas").getJsonObject(ref.substring(ref.lastIndexOf('/') + 1)).get("example").toString();
    }

    /** The first segment of an operation's path: its kind, or attachments. */
    private static String kindOf(Operation op) {
        return op.path().split("/")[2];
    }

    @Test
    void theTokenApiIsDocumented() {
        List<String> paths = new ArrayList<>(paths().keySet());
        assertTrue(paths.containsAll(List.of("/v1/me", "/v1/tasks", "/v1/codes/{table}", "/v1/applications")), paths.toString());
    }

    /** The operation's path relative to /eport/api/v1/: {id} this id, any other path parameter its example. */
    private static String sample(Operation op, String id) {
        String path = op.path().substring("/v1/".length());
        if (id != null) {
            path = path.replace("{id}", id);
        }
        JsonArray parameters = op.body().getJsonArray("parameters");
        if (parameters != null) {
            for (JsonValue value : parameters) {
                JsonObject parameter = value.asJsonObject();
                if ("path".equals(parameter.getString("in", null)) && parameter.containsKey("example")) {
                    path = path.replace("{" + parameter.getString("name") + "}",
                            HttpSession.encode(parameter.getString("example")));
                }
            }
        }
        return path;
    }

    private JsonObject components(String kind) {
        return document.getJsonObject("components").getJsonObject(kind);
    }

    private Map<String, JsonValue> paths() {
        return document.getJsonObject("paths");
    }

    private List<Operation> operations() {
        List<Operation> found = new ArrayList<>();
        paths().forEach((path, item) -> item.asJsonObject().forEach((method, body) -> {
            if (List.of("get", "put", "post", "delete", "patch").contains(method)) {
                found.add(new Operation(method, path, body.asJsonObject()));
            }
        }));
        return found;
    }

    private record Operation(String method, String path, JsonObject body) {
        @Override
        public String toString() {
            return method.toUpperCase(Locale.ROOT) + " " + path;
        }
    }
}
