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

    /** Issue 8 point 9: ent-b's refused requests, found with the 拒绝访问 filter and described in the page's language. */
    @Test
    void adminFindsRefusedAccessInChineseAndEnglish() {
        String id = String.valueOf(System.currentTimeMillis());
        loginAs("ent-b");
        browser.open("enterprise/registration-view?id=" + id);
        browser.find(By.id("error-not-found"));
        browser.open("review/queue");
        browser.find(By.id("error-forbidden"));

        loginAs("admin");
        browser.open("admin/audit");
        queryRefusals("ent-b", id);
        browser.waitUntil(d -> column("audit-action").equals(List.of("拒绝访问")));
        assertEquals(List.of("ent-b"), column("audit-actor"));
        assertEquals(List.of(id), column("audit-subject"));
        assertEquals(List.of("三证合一 " + id + "：按不存在答复（404）"), column("audit-detail"));
        queryRefusals("ent-b", "");
        browser.waitUntil(d -> column("audit-detail").contains("GET /eport/review/queue：无权访问（403）"));
        browser.screenshot("admin-audit-refused-access");

        browser.find(By.id("header:lang-en")).click();
        browser.waitUntil(d -> d.findElement(By.id("audit:query")).getAttribute("value").equals("Search"));
        new Select(browser.find(By.id("audit:action"))).selectByVisibleText("Access refused");
        browser.find(By.id("audit:subject")).sendKeys(id);
        browser.find(By.id("audit:query")).click();
        browser.waitUntil(d -> column("audit-action").equals(List.of("Access refused")));
        assertEquals(List.of("Business licence information (三证合一) " + id + ": answered \"not found\" (404)"), column("audit-detail"));
        browser.screenshot("admin-audit-refused-access-english");
    }

    /** The audit search for refused access of this user about this record (blank: any record). */
    private void queryRefusals(String actor, String subject) {
        browser.find(By.id("audit:actor")).clear();
        browser.find(By.id("audit:actor")).sendKeys(actor);
        browser.find(By.id("audit:subject")).clear();
        browser.find(By.id("audit:subject")).sendKeys(subject);
        new Select(browser.find(By.id("audit:action"))).selectByVisibleText("拒绝访问");
        browser.find(By.id("audit:query")).click();
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
