package cn.eport.onboarding.it.browser;

import cn.eport.onboarding.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;

/**
 * What every browser test shares: the real EAR deployed unchanged, one Chromium per test class,
 * and a browser without cookies (nobody logged in) before each test.
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
    void browserWithoutSession() {
        if (browser == null) {
            browser = new Browser(base);
        }
        browser.driver().manage().deleteAllCookies();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    /** Logs in afresh and waits for the home page. */
    protected void loginAs(String username) {
        browser.driver().manage().deleteAllCookies();
        browser.login(username, PASSWORD);
        browser.waitForPath("/eport/");
    }
}
