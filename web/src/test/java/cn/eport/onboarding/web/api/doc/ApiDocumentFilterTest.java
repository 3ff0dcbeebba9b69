package cn.eport.onboarding.web.api.doc;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ApiDocumentFilterTest {

    @Test
    void publishesVersionOnePathsRelativeToTheApiServer() {
        assertEquals("/v1/me", ApiDocumentFilter.published("/api/v1/me"));
        assertEquals("/v1/applications/{id}", ApiDocumentFilter.published("api/v1/applications/{id}"));
        assertEquals("/v1/tasks", ApiDocumentFilter.published("/v1/tasks"));
    }

    @Test
    void leavesThePagesOwnJsonOut() {
        assertNull(ApiDocumentFilter.published("/api/codes/{table}"));
        assertNull(ApiDocumentFilter.published("/api/session/keep-alive"));
        assertNull(ApiDocumentFilter.published("/api/batch/executions/{id}"));
        assertNull(ApiDocumentFilter.published("/api/v10/x"));
    }
}
