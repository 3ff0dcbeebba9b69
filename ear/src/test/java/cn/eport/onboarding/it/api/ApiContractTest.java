package cn.eport.onboarding.it.api;

import com.atlassian.oai.validator.model.Request;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The contract check itself: it passes what the document says and refuses every kind of deviation. */
class ApiContractTest {

    private static final String DOCUMENT = """
            openapi: 3.0.3
            info: {title: t, version: v1}
            servers: [{url: /eport/api}]
            paths:
              /v1/items/{id}:
                get:
                  operationId: item
                  parameters: [{name: id, in: path, required: true, schema: {type: integer}}]
                  responses:
                    '200':
                      description: the item
                      content:
                        application/json:
                          schema:
                            type: object
                            required: [id, name]
                            properties: {id: {type: integer}, name: {type: string}}
                    '401': {$ref: '#/components/responses/401'}
            components:
              schemas:
                Problem:
                  type: object
                  required: [type, title, status]
                  properties: {type: {type: string}, title: {type: string}, status: {type: integer}}
              responses:
                '401':
                  description: no token
                  content:
                    application/problem+json:
                      schema: {$ref: '#/components/schemas/Problem'}
            """;

    private final ApiContract contract = ApiContract.of(DOCUMENT);

    private String check(int status, String type, String body) {
        return contract.deviations(Request.Method.GET, "/eport/api/v1/items/7", status, type, body);
    }

    @Test
    void answersAsDocumentedPass() {
        assertEquals("", check(200, "application/json", "{\"id\":7,\"name\":\"x\"}"));
        assertEquals("", check(401, "application/problem+json",
                "{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401}"));
    }

    @Test
    void aBodyThatDiffersFromTheSchemaFails() {
        assertTrue(check(200, "application/json", "{\"id\":\"seven\"}").contains("GET /eport/api/v1/items/7 200"));
    }

    @Test
    void anUndocumentedStatusFails() {
        assertTrue(!check(404, "application/problem+json", "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404}")
                .isEmpty());
    }

    @Test
    void anotherContentTypeFails() {
        assertTrue(!check(401, "text/html", "<html></html>").isEmpty());
    }

    @Test
    void aProblemWithoutItsRequiredFieldsFails() {
        assertTrue(!check(401, "application/problem+json", "{\"detail\":\"no\"}").isEmpty());
    }

    @Test
    void anUndocumentedPathFails() {
        assertTrue(!contract.deviations(Request.Method.GET, "/eport/api/codes/x", 200, "application/json", "[]").isEmpty());
    }
}
