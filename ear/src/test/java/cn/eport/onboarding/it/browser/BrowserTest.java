package cn.eport.onboarding.it.browser;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;

/**
 * What every browser test class shares: one Chromium for the class (started on first use, closed
 * after the last test) and no cookies left over from the previous test. Each subclass declares its
 * own {@code @Deployment(testable = false)} of the unchanged EAR.
 */
@ExtendWith(ArquillianExtension.class)
abstract class BrowserTest {

    static final String PASSWORD = "Eport@2026";

    static Browser browser;

    @ArquillianResource
    URL base;

    @BeforeEach
    void freshBrowser() {
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
}
