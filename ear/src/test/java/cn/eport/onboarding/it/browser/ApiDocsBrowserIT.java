package cn.eport.onboarding.it.browser;

import cn.eport.onboarding.it.HttpSession;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** /help/api (ADR 0031): Swagger UI, served by the application, renders the server's OpenAPI document. */
class ApiDocsBrowserIT extends BrowserTestSupport {

    @Test
    void rendersTheDocumentFromTheMenu() {
        loginAs("ent-a");
        browser.find(By.cssSelector("#menu a[data-menu='/help/api']")).click();
        browser.waitForPath("/help/api");

        String title = browser.find(By.cssSelector("#api-docs .swagger-ui .info .title")).getText();
        assertTrue(title.contains("E-Port onboarding API"), title);
        assertTrue(browser.find(By.cssSelector("#api-docs .swagger-ui .scheme-container")).getText().contains("/eport/api"));
        assertTrue(browser.find(By.id("api-tokens-link")).getAttribute("href").endsWith("/eport/account/api-tokens"));
        browser.screenshot("help-api");
    }

    @Test
    void isForEnterprisesAndAdministratorsOnly() {
        assertEquals(200, HttpSession.loggedIn(base, "admin", PASSWORD).get("help/api").statusCode());
        assertEquals(403, HttpSession.loggedIn(base, "reviewer", PASSWORD).get("help/api").statusCode());
        assertTrue(HttpSession.sendsToLogin(HttpSession.anonymous(base).get("help/api")));
    }
}
