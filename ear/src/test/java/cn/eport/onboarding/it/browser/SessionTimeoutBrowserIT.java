package cn.eport.onboarding.it.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * before the session times out the page warns and 【继续】 keeps the user signed in without
 * touching what was typed; when the session is already gone the warning says so instead of letting
 * the user submit into the login page. The warning is brought forward with EportSession.warnIn.
 */
class SessionTimeoutBrowserIT extends BrowserTestSupport {

    private static final By WARNING = By.id("session-warning");
    private static final By CONTACT = By.id("reg:contactName");

    @Test
    void continueKeepsTheSessionAndTheTypedInput() {
        loginAs("ent-b");
        browser.open("enterprise/registration-edit");
        browser.find(CONTACT).sendKeys("王会话");
        String session = browser.sessionId();

        script().executeScript("window.EportSession.warnIn(1)");
        WebElement warning = browser.waitUntil(d -> visible(d.findElement(WARNING)));
        assertEquals("warning", warning.getAttribute("data-state"));
        assertTrue(warning.getText().contains("登录即将超时"), warning.getText());
        assertTrue(warning.findElement(By.className("session-countdown")).getText().matches("\\d+:\\d\\d"));
        browser.screenshot("session-timeout-warning");

        warning.findElement(By.className("session-continue")).click();
        browser.waitUntil(d -> !d.findElement(WARNING).isDisplayed());
        assertEquals("王会话", browser.find(CONTACT).getAttribute("value"), "typed input untouched");
        assertEquals(session, browser.sessionId(), "the same session goes on");
    }

    @Test
    void keepAliveAnswersTheSessionTimeout() {
        loginAs("ent-b");
        browser.open("enterprise/registration-edit");
        Object seconds = script().executeAsyncScript(
                "var done = arguments[0]; fetch(document.getElementById('session-warning').dataset.keepAlive,"
                        + " {method: 'POST', headers: {Accept: 'application/json'}})"
                        + ".then(r => r.json()).then(j => done(j.remainingSeconds));");
        assertEquals(1800L, ((Number) seconds).longValue(), "web.xml: 30 minutes");
    }

    @Test
    void anExpiredSessionIsReportedAndTheInputStays() {
        loginAs("ent-b");
        browser.open("enterprise/registration-edit");
        browser.find(CONTACT).sendKeys("赵过期");
        browser.driver().manage().deleteCookieNamed("JSESSIONID");

        script().executeScript("window.EportSession.warnIn(1)");
        WebElement warning = browser.waitUntil(d -> visible(d.findElement(WARNING)));
        warning.findElement(By.className("session-continue")).click();
        browser.waitUntil(d -> "expired".equals(d.findElement(WARNING).getAttribute("data-state")));
        assertTrue(warning.getText().contains("登录已超时"), warning.getText());
        assertTrue(warning.findElement(By.className("session-login")).isDisplayed());
        assertFalse(warning.findElement(By.className("session-continue")).isDisplayed());
        assertEquals("赵过期", browser.find(CONTACT).getAttribute("value"));
        browser.screenshot("session-timeout-expired");
    }

    private static WebElement visible(WebElement element) {
        return element.isDisplayed() ? element : null;
    }

    private JavascriptExecutor script() {
        return (JavascriptExecutor) browser.driver();
    }
}
