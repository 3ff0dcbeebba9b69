package cn.eport.onboarding.it.browser;

import cn.eport.onboarding.it.HttpSession;
import cn.eport.onboarding.it.api.ApiClient;
import cn.eport.onboarding.it.api.ApiTokens;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each role sees its own functions only and is refused (403) on the others' URLs. */
class RoleAccessBrowserIT extends BrowserTestSupport {

    /** The batch console's URLs (pages, CSV download, API): batch operators and administrators only. */
    private static final List<String> BATCH_ONLY = List.of("batch/jobs", "batch/execution?id=1", "batch/rejects.csv?id=1",
            "api/batch/executions/1");

    private static final List<String> ENTERPRISE_ONLY = List.of("enterprise/registrations", "enterprise/mofcom-filing",
            "enterprise/customs-filing", "enterprise/forex-filing", "enterprise/operators", "enterprise/operator-edit",
            "enterprise/operator-view?id=1", "enterprise/status", "enterprise/registrations.xhtml", "enterprise/operator-import",
            "enterprise/operator-import-template.xlsx", "enterprise/operator-import-template.csv", "account/api-tokens");


    @Test
    void reviewerSeesNoEnterpriseFunctionAndIsRefusedTheirUrls() {
        loginAs("reviewer");
        List<String> menu = browser.driver().findElements(By.cssSelector("#menu a[data-menu]")).stream()
                .map(a -> a.getAttribute("data-menu")).toList();
        assertEquals(List.of("/index", "/review/queue", "/review/dashboard", "/codes/browse", "/help/security-device"), menu);
        browser.screenshot("reviewer-home");

        String session = browser.sessionId();
        for (String path : ENTERPRISE_ONLY) {
            assertEquals(403, browser.rawGet(path, session).statusCode(), path);
        }
        assertEquals(401, browser.rawGet("api/v1/me", session).statusCode(), "the token API takes no session (ADR 0030)");
        assertEquals(401, ApiClient.of(base, ApiTokens.issue("reviewer")).get("me").statusCode(),
                "nor the token of an account that may not hold one");
        browser.open("enterprise/registrations");
        WebElement refusal = browser.find(By.id("error-forbidden"));
        assertTrue(refusal.getText().contains("无权访问"), refusal.getText());
        browser.screenshot("reviewer-forbidden");
    }

    @Test
    void enterpriseUserIsRefusedReviewBatchAndAdminUrls() {
        loginAs("ent-a");
        String session = browser.sessionId();
        for (String path : List.of("review/queue", "review/dashboard", "review/dashboard.xhtml", "batch/jobs", "admin/accounts",
                "codes/browse", "admin/audit")) {
            assertEquals(403, browser.rawGet(path, session).statusCode(), path);
        }
        for (String path : BATCH_ONLY) {
            assertEquals(403, browser.rawGet(path, session).statusCode(), path);
        }
        assertEquals(200, browser.rawGet("enterprise/registrations", session).statusCode());
        assertEquals(200, browser.rawGet("account/api-tokens", session).statusCode());
        assertEquals(401, browser.rawGet("api/v1/me", session).statusCode(), "the token API takes no session (ADR 0030)");
    }

    /** The data centre's supervisor (ADR 0029): the dashboard and the queue, read-only; no application, no other role's URL. */
    @Test
    void supervisorSeesTheDashboardAndTheQueueOnly() {
        loginAs("supervisor");
        assertEquals(List.of("/index", "/review/queue", "/review/dashboard", "/help/security-device"), menuPaths());
        String session = browser.sessionId();
        for (String path : List.of("review/queue", "review/queue?status=WAITING&overdue=true", "review/dashboard")) {
            assertEquals(200, browser.rawGet(path, session).statusCode(), path);
        }
        for (String path : List.of("review/application?kind=ENTERPRISE_REGISTRATION&id=1", "enterprise/registrations",
                "codes/browse", "admin/accounts", "admin/audit")) {
            assertEquals(403, browser.rawGet(path, session).statusCode(), path);
        }
        assertEquals(404, browser.rawGet("attachments/1", session).statusCode(), "files: as for every role the download does not serve");
        for (String path : BATCH_ONLY) {
            assertEquals(403, browser.rawGet(path, session).statusCode(), path);
        }
        browser.open("review/queue");
        assertTrue(browser.driver().findElements(By.id("claims-section")).isEmpty(), "no claims of their own");
        assertTrue(browser.driver().findElements(By.cssSelector(".action-claim, .action-view")).isEmpty(), "no buttons");
        browser.screenshot("dashboard-supervisor-queue");
    }

    @Test
    void staffRolesSeeTheirOwnFunctions() {
        loginAs("batch");
        assertEquals(List.of("/index", "/batch/jobs", "/help/security-device"), menuPaths());
        assertEquals(404, browser.rawGet("sealed/1", browser.sessionId()).statusCode(), "no sealed PDF for the batch role");
        loginAs("admin");
        assertEquals(404, browser.rawGet("sealed/1", browser.sessionId()).statusCode(), "nor for administrators");
        assertEquals(List.of("/index", "/batch/jobs", "/admin/accounts", "/admin/audit", "/codes/browse", "/help/security-device", "/help/api"),
                menuPaths());
        browser.screenshot("admin-home");
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() {
        for (String path : List.of("", "index", "enterprise/registrations", "review/queue", "review/dashboard", "admin/accounts", "batch/jobs",
                "enterprise/operator-import", "enterprise/operator-import-template.xlsx", "sealed/1", "account/api-tokens")) {
            assertTrue(HttpSession.sendsToLogin(browser.rawGet(path, null)), path);
        }
        assertEquals(401, browser.rawGet("api/v1/me", null).statusCode(), "the token API answers, never redirects");
    }

    private List<String> menuPaths() {
        return browser.driver().findElements(By.cssSelector("#menu a[data-menu]")).stream()
                .map(a -> a.getAttribute("data-menu")).toList();
    }
}
