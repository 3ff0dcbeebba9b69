package cn.eport.onboarding.it.browser;

import cn.eport.onboarding.it.Deployments;
import cn.eport.onboarding.it.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.net.URL;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What every browser test shares: the real EAR deployed unchanged, one Chromium per test class,
 * a browser without cookies (nobody logged in) before each test, and after each test no page that
 * broke the Content-Security-Policy (ADR 0014): a test whose pages needed an inline script or handler
 * without the nonce fails, even where the page seemed to work.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class BrowserTestSupport {

    /** The password of every demo account. */
    protected static final String PASSWORD = "Eport@2026";

    protected static Browser browser;

    @ArquillianResource
    protected URL base;

    @Deployment(testable = false)
    public static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @BeforeEach
    protected void browserWithoutSession() {
        if (browser == null) {
            browser = new Browser(base);
        }
        browser.driver().manage().deleteAllCookies();
    }

    @AfterEach
    protected void noContentSecurityPolicyViolation() {
        if (browser != null) {
            List<String> violations = browser.cspViolations();
            assertEquals(List.of(), violations, "what the Content-Security-Policy refused on the test's pages");
        }
    }

    @AfterAll
    protected static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    /** A new enterprise (a fresh USCC) with its account, opened by the administrator; returns the username. */
    protected String newEnterpriseUser(String prefix, String enterpriseName, String legalPerson) {
        String username = TestData.newUsername(prefix);
        loginAs("admin");
        Accounts.openEnterprise(browser, username, TestData.newUscc(), enterpriseName, legalPerson, PASSWORD);
        return username;
    }

    /**
     * A new enterprise account that has joined as the filings require (F-21/F-31/F-41): its 三证合一
     * record entered by hand (主管海关 {@code customsCode}, picked after typing {@code customsTyped}),
     * declared by the enterprise and approved by the reviewer, as in production.
     */
    protected void openJoinedEnterprise(String username, String uscc, String name, String legalPerson,
                                        String customsTyped, String customsCode) {
        loginAs("admin");
        Accounts.openEnterprise(browser, username, uscc, name, legalPerson, PASSWORD);
        loginAs(username);
        browser.open("enterprise/registration-edit");
        RegistrationForm.fillByHand(browser, customsTyped, customsCode, legalPerson);
        RegistrationForm.declare(browser);
        String registration = Forms.recordId(new Forms(browser).rows("query:records").get(0));
        loginAs("reviewer");
        browser.open("review/application?kind=ENTERPRISE_REGISTRATION&id=" + registration);
        browser.find(By.id("app:claim")).click();
        browser.waitUntil(d -> "审核中".equals(d.findElement(By.id("status")).getText()));
        browser.find(By.id("app:approve")).click();
        browser.find(By.id("app:confirm-yes")).click();
        browser.waitUntil(d -> "审核通过".equals(d.findElement(By.id("status")).getText()));
    }

    /** Logs in afresh and waits for the home page. */
    protected void loginAs(String username) {
        browser.driver().manage().deleteAllCookies();
        browser.login(username, PASSWORD);
        browser.waitForPath("/eport/");
    }
}
