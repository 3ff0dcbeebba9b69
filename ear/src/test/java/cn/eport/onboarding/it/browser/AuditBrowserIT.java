package cn.eport.onboarding.it.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** administrators find who did what in the audit trail. */
class AuditBrowserIT extends BrowserTestSupport {

    @Test
    void adminFindsLoginsOfAUser() {
        browser.login("ent-b", "wrong-password");
        browser.find(By.id("login:messages"));
        loginAs("admin");
        browser.open("admin/audit");

        browser.find(By.id("audit:subject")).sendKeys("ent-b");
        new Select(browser.find(By.id("audit:action"))).selectByValue("LOGIN_REFUSED");
        browser.find(By.id("audit:query")).click();
        browser.waitUntil(d -> !column("audit-action").isEmpty() && column("audit-action").stream().allMatch("登录被拒绝"::equals));
        assertTrue(column("audit-subject").stream().allMatch("ent-b"::equals));
        assertTrue(browser.driver().getPageSource().contains("wrong password"));
        assertTrue(!browser.driver().getPageSource().contains("wrong-password"), "the password tried is never shown");
        browser.screenshot("admin-audit");
    }

    @Test
    void aStartDateAfterTheEndDateIsRefusedWithoutQuerying() {
        loginAs("admin");
        browser.open("admin/audit");
        int before = column("audit-action").size();
        setDate("audit:from", "2026-11-30");
        setDate("audit:to", "2026-11-01");
        browser.find(By.id("audit:query")).click();
        WebElement messages = browser.find(By.id("audit:messages"));
        browser.waitUntil(d -> d.findElement(By.id("audit:messages")).getText().contains("起始日期不能晚于截止日期"));
        assertEquals(before, column("audit-action").size(), "the list is unchanged");
        assertTrue(messages.isDisplayed());
    }

    private void setDate(String id, String isoDate) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, isoDate);
    }

    private List<String> column(String cssClass) {
        return browser.driver().findElements(By.cssSelector("#audit\\:events ." + cssClass)).stream()
                .map(WebElement::getText).toList();
    }
}
