package cn.eport.onboarding.it.browser;

import cn.eport.onboarding.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each role sees its own functions only and is refused (403) on the others' URLs. */
class RoleAccessBrowserIT extends BrowserTest {

    private static final List<String> ENTERPRISE_ONLY = List.of("enterprise/registrations", "enterprise/mofcom-filing",
            "enterprise/customs-filing", "enterprise/forex-filing", "enterprise/operators", "enterprise/status",
            "enterprise/registrations.xhtml");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void reviewerSeesNoEnterpriseFunctionAndIsRefusedTheirUrls() {
        browser.login("reviewer", PASSWORD);
        browser.waitForPath("/eport/");
        List<String> menu = browser.driver().findElements(By.cssSelector("#menu a[data-menu]")).stream()
                .map(a -> a.getAttribute("data-menu")).toList();
        assertEquals(List.of("/index", "/review/queue", "/codes/browse", "/help/security-device"), menu);
        browser.screenshot("reviewer-home");

        String session = browser.sessionId();
        for (String path : ENTERPRISE_ONLY) {
            assertEquals(403, browser.rawGet(path, session).statusCode(), path);
        }
        browser.open("enterprise/registrations");
        WebElement refusal = browser.find(By.id("error-forbidden"));
        assertTrue(refusal.getText().contains("无权访问"), refusal.getText());
        browser.screenshot("reviewer-forbidden");
    }

    @Test
    void enterpriseUserIsRefusedReviewBatchAndAdminUrls() {
        browser.login("ent-a", PASSWORD);
        browser.waitForPath("/eport/");
        String session = browser.sessionId();
        for (String path : List.of("review/queue", "batch/jobs", "admin/accounts", "codes/browse", "admin/audit")) {
            assertEquals(403, browser.rawGet(path, session).statusCode(), path);
        }
        assertEquals(200, browser.rawGet("enterprise/registrations", session).statusCode());
    }

    @Test
    void staffRolesSeeTheirOwnFunctions() {
        browser.login("batch", PASSWORD);
        browser.waitForPath("/eport/");
        assertEquals(List.of("/index", "/batch/jobs", "/help/security-device"), menuPaths());
        browser.driver().manage().deleteAllCookies();
        browser.login("admin", PASSWORD);
        browser.waitForPath("/eport/");
        assertEquals(List.of("/index", "/admin/accounts", "/admin/audit", "/codes/browse", "/help/security-device"),
                menuPaths());
        browser.screenshot("admin-home");
    }

    @Test
    void anonymousVisitorsGetTheLoginPageInstead() {
        for (String path : List.of("", "index", "enterprise/registrations", "review/queue", "admin/accounts", "batch/jobs")) {
            assertTrue(Browser.isLoginPage(browser.rawGet(path, null)), path);
        }
    }

    private List<String> menuPaths() {
        return browser.driver().findElements(By.cssSelector("#menu a[data-menu]")).stream()
                .map(a -> a.getAttribute("data-menu")).toList();
    }
}
