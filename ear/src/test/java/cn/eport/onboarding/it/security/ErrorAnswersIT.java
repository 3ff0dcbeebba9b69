package cn.eport.onboarding.it.security;

import cn.eport.onboarding.it.Deployments;
import cn.eport.onboarding.it.HttpSession;
import cn.eport.onboarding.it.api.ApiClient;
import cn.eport.onboarding.it.api.ApiTokens;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Errors inside the application get its own answers with the status that fits (issue 8, points 7
 * and 8; ADR 0015): the error page from the bundles for pages, full and Ajax requests alike, and
 * problem details for the API; the client's faults are 4xx, and nothing names the server or a class.
 */
@ExtendWith(ArquillianExtension.class)
class ErrorAnswersIT {

    private static final String PASSWORD = "Eport@2026";
    private static final String NO_SUCH_ID = "999999999";
    private static final String[] AJAX = {"Faces-Request", "partial/ajax"};
    private static final String EDIT_PAGE = "enterprise/registration-edit";

    @ArquillianResource
    URL base;

    private HttpSession entA;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @BeforeEach
    void loggedInAsEntA() {
        entA = HttpSession.loggedIn(base, "ent-a", PASSWORD);
    }

    @Test
    void malformedIdsAreBadRequestsAndUnknownOnesNotFound() {
        for (String id : List.of("abc", "99999999999999999999", "1'", "1%27%20or%201=1")) {
            for (String page : List.of("enterprise/registration-view", "enterprise/registration-edit",
                    "enterprise/legal-person-card-view", "enterprise/mofcom-filing", "enterprise/customs-filing",
                    "enterprise/forex-filing", "enterprise/operator-view", "enterprise/operator-edit")) {
                assertErrorPage(400, "bad-request", entA.get(page + "?id=" + id));
            }
        }
        assertErrorPage(404, "not-found", entA.get("enterprise/registration-view?id=" + NO_SUCH_ID));
        assertErrorPage(404, "not-found", entA.get("enterprise/operator-view?id=" + NO_SUCH_ID));
        assertErrorPage(404, "not-found", entA.get("enterprise/operator-edit?id=" + NO_SUCH_ID));
        for (String filing : List.of("mofcom", "customs", "forex")) {
            assertErrorPage(404, "not-found", entA.get("enterprise/" + filing + "-filing?id=" + NO_SUCH_ID));
        }
        assertErrorPage(404, "not-found", entA.get("no-such-page"));
    }

    /** The review queue's conditions (what the dashboard's figures open) refuse what they cannot be. */
    @Test
    void theReviewQueueAnswersMalformedConditionsWithBadRequest() {
        HttpSession reviewer = HttpSession.loggedIn(base, "reviewer", PASSWORD);
        for (String query : List.of("kind=NOPE", "status=APPROVED", "district=12", "district=0100%27", "from=2026-13-01",
                "to=yesterday")) {
            assertErrorPage(400, "bad-request", reviewer.get("review/queue?" + query));
        }
        assertEquals(200, reviewer.get("review/queue?kind=FOREX_FILING&district=NONE&status=UNDER_REVIEW&overdue=true").statusCode());
    }

    @Test
    void theBatchConsoleAnswersMalformedIdsWithBadRequestAndUnknownOnesWithNotFound() {
        HttpSession batch = HttpSession.loggedIn(base, "batch", PASSWORD);
        for (String id : List.of("abc", "99999999999999999999", "1'")) {
            assertErrorPage(400, "bad-request", batch.get("batch/execution?id=" + id));
            assertEquals(400, batch.get("batch/rejects.csv?id=" + id).statusCode());
        }
        assertErrorPage(404, "not-found", batch.get("batch/execution?id=" + NO_SUCH_ID));
        assertErrorPage(404, "not-found", batch.get("batch/execution"));
        assertEquals(404, batch.get("batch/rejects.csv?id=" + NO_SUCH_ID).statusCode());
    }

    @Test
    void aForgedViewStateIsABadRequestForFullAndAjaxRequests() {
        Map<String, String> form = attachmentForm(entA.get(EDIT_PAGE).body());
        form.put("jakarta.faces.ViewState", "1234567890:-987654321");
        assertErrorPage(400, "expired", entA.post(EDIT_PAGE, form));
        assertAjaxErrorPage("expired", entA.post(EDIT_PAGE, ajax(form), AJAX));
    }

    /**
     * A field the page never offered (the view parameter id, posted back with another id) made the
     * attachment panel fail while rendering: 500, and for Ajax the exception's class in the answer.
     */
    @Test
    void aTamperedFieldIsNotFoundForFullAndAjaxRequests() {
        Map<String, String> form = attachmentForm(entA.get(EDIT_PAGE).body());
        form.put("id", NO_SUCH_ID);
        assertErrorPage(404, "not-found", entA.postMultipart(EDIT_PAGE, form));

        form.putAll(HttpSession.formState(entA.get(EDIT_PAGE).body()));
        assertAjaxErrorPage("not-found", entA.postMultipart(EDIT_PAGE, ajax(form), AJAX));
    }

    /** The upload form sent as an ordinary form: Faces cannot read its file field. */
    @Test
    void aFormSentInAnotherEncodingIsABadRequest() {
        assertErrorPage(400, "bad-request",
                entA.post(EDIT_PAGE, attachmentForm(entA.get(EDIT_PAGE).body())));
    }

    @Test
    void theApiAnswersItsErrorsAsProblems() {
        assertProblem(405, entA.send("DELETE", "api/codes/customs-district"));
        assertProblem(405, entA.send("GET", "api/session/keep-alive"));
        assertEquals("POST, OPTIONS", entA.send("GET", "api/session/keep-alive").headers().firstValue("Allow").orElse(""));
        assertProblem(404, entA.get("api/no-such-resource"));
        assertProblem(406, entA.send("GET", "api/codes/customs-district?q=22", "Accept", "text/html"));
    }

    /** The token API (ADR 0030): the same problems, the client's faults 4xx, never a 500. */
    @Test
    void theTokenApiAnswersItsErrorsAsProblems() {
        ApiClient api = ApiClient.of(base, ApiTokens.issue("ent-a"));
        assertProblem(404, api.get("no-such-resource"));
        assertProblem(405, api.delete("me"));
        assertProblem(406, api.send("GET", "tasks", "Accept", "text/html"));
        assertProblem(404, api.get("codes/no-such-table"));
        assertProblem(400, api.get("applications?page=x"));
        assertProblem(422, api.get("applications?declaredFrom=2026-02-02&declaredTo=2026-01-01"));
        assertProblem(401, ApiClient.anonymous(base).get("me"));
        assertProblem(401, entA.get("api/v1/me"));
        assertProblem(401, ApiClient.of(base, ApiTokens.issue("reviewer")).get("me"));
    }

    /** The attachment panel's form of the new 三证合一 page (its own form, multipart), with the page's form state. */
    private static Map<String, String> attachmentForm(String page) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("att", "att");
        form.put("att:documentType", "BUSINESS_LICENCE");
        form.putAll(HttpSession.formState(page));
        return form;
    }

    /** The form as 【上传】 sends it with Ajax, the whole view executed. */
    private static Map<String, String> ajax(Map<String, String> form) {
        Map<String, String> ajax = new LinkedHashMap<>(form);
        ajax.put("jakarta.faces.partial.ajax", "true");
        ajax.put("jakarta.faces.source", "att:upload-button");
        ajax.put("jakarta.faces.partial.execute", "@all");
        ajax.put("jakarta.faces.partial.render", "att:upload att:list");
        ajax.put("att:upload-button", "att:upload-button");
        return ajax;
    }

    private static void assertErrorPage(int status, String kind, HttpResponse<String> answer) {
        assertEquals(status, answer.statusCode(), answer.uri().toString());
        assertTrue(answer.body().contains("id=\"error-" + kind + "\""), answer.uri() + ": " + answer.body());
        assertNothingOfTheServer(answer);
    }

    /** The same error page, rendered into the one partial response Faces' script expects. */
    private static void assertAjaxErrorPage(String kind, HttpResponse<String> answer) {
        assertEquals(200, answer.statusCode(), "Faces' script reads only answers with 200");
        String body = answer.body();
        assertTrue(body.startsWith("<?xml") && body.indexOf("<?xml", 1) < 0, "one partial response: " + body);
        assertTrue(body.contains("<update id=\"jakarta.faces.ViewRoot\">"), body);
        assertTrue(body.contains("id=\"error-" + kind + "\""), body);
        assertFalse(body.contains("<error-name>"), body);
        assertNothingOfTheServer(answer);
    }

    private static void assertProblem(int status, HttpResponse<String> answer) {
        assertEquals(status, answer.statusCode(), answer.uri() + ": " + answer.body());
        assertEquals("application/problem+json", answer.headers().firstValue("Content-Type").orElse("").split(";")[0],
                answer.uri().toString());
        assertTrue(answer.body().contains("\"status\":" + status), answer.body());
        assertNothingOfTheServer(answer);
    }

    private static void assertNothingOfTheServer(HttpResponse<String> answer) {
        for (String leak : List.of("Payara", "GlassFish", "Exception", "cn.eport", "at org.")) {
            assertFalse(answer.body().contains(leak), leak + " in " + answer.uri() + ": " + answer.body());
        }
    }
}
