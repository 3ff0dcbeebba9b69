package cn.eport.onboarding.it.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** administrators find who did what in the audit trail. */
class AuditBrowserIT extends BrowserTestSupport {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Test
    void adminFindsRefusedLoginsOfAUserSaidInThePagesLanguage() {
        browser.login("ent-b", "wrong-password");
        browser.find(By.id("login:messages"));
        loginAs("admin");
        browser.open("admin/audit");

        query(null, "ACCOUNT", "ent-b", "LOGIN_REFUSED");
        browser.waitUntil(d -> !column("audit-action").isEmpty() && column("audit-action").stream().allMatch("登录被拒绝"::equals));
        assertTrue(column("audit-subject").stream().allMatch("ent-b"::equals));
        assertTrue(column("audit-subject-type").stream().allMatch("账户"::equals), column("audit-subject-type").toString());
        assertEquals("密码错误", column("audit-detail").get(0), "said in Chinese, from the stored code");
        assertFalse(browser.driver().getPageSource().contains("wrong password"), "no English on the Chinese page");
        assertFalse(browser.driver().getPageSource().contains("wrong-password"), "the password tried is never shown");
        String uscc = column("audit-uscc").get(0);
        assertTrue(uscc.matches("[0-9A-Z]{18}"), "the USCC whole: " + uscc);
        assertEquals(Boolean.TRUE, ((JavascriptExecutor) browser.driver()).executeScript(
                "return [...document.querySelectorAll('#audit\\\\:events .audit-uscc')].every(e => e.parentElement.scrollWidth <= e.parentElement.clientWidth);"),
                "no USCC cut off in its column");
        browser.screenshot("admin-audit");

        browser.find(By.id("header:lang-en")).click();
        browser.waitUntil(d -> d.findElement(By.id("audit:query")).getAttribute("value").equals("Search"));
        query(null, "ACCOUNT", "ent-b", "LOGIN_REFUSED");
        browser.waitUntil(d -> !column("audit-action").isEmpty() && column("audit-action").stream().allMatch("Login refused"::equals));
        assertEquals("wrong password", column("audit-detail").get(0));
        assertTrue(column("audit-subject-type").stream().allMatch("Account"::equals));
    }

    /** Five wrong passwords lock a fresh account: the lock's end in Beijing time, as the time column shows times. */
    @Test
    void aLockSaysUntilWhenInBeijingTime() {
        String user = newEnterpriseUser("audit-lock", "审计锁定测试有限公司", "吴九");
        browser.driver().manage().deleteAllCookies();
        for (int i = 1; i <= 5; i++) {
            browser.login(user, "wrong-" + i);
            browser.find(By.id("login:messages"));
        }
        LocalDateTime lockedAt = LocalDateTime.now(BEIJING);
        browser.login(user, PASSWORD);
        browser.find(By.id("login:messages"));

        loginAs("admin");
        browser.open("admin/audit");
        query(user, "ACCOUNT", user, null);
        browser.waitUntil(d -> column("audit-action").size() == 7);
        assertEquals(List.of("登录被拒绝", "账户锁定"), column("audit-action").subList(0, 2), "newest first: refused while locked, the lock");
        for (String detail : column("audit-detail").subList(0, 2)) {
            Matcher m = Pattern.compile("账户锁定至 (\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d)").matcher(detail);
            assertTrue(m.matches(), detail);
            LocalDateTime until = LocalDateTime.parse(m.group(1), DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
            long minutes = Duration.between(lockedAt, until).toMinutes();
            assertTrue(minutes >= 13 && minutes <= 15, "fifteen minutes from now, Beijing time: " + detail + " (now " + lockedAt + ")");
        }
        assertEquals(List.of("密码错误", "密码错误", "密码错误", "密码错误", "密码错误"), column("audit-detail").subList(2, 7));
        assertFalse(Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d").matcher(browser.driver().getPageSource()).find(), "no raw UTC time");
        browser.screenshot("admin-audit-account-locked");
    }

    /**
     * A 三证合一 record and a file with the same id are told apart by the kind of record; the record's
     * 编号 finds the record's entries and chooses its kind.
     */
    @Test
    void theKindOfRecordTellsARecordFromAFileWithTheSameIdAndTheNumberFindsTheRecord() {
        String user = newEnterpriseUser("audit-kind", "审计对象测试有限公司", "郑十");
        loginAs(user);
        RegistrationForm.saveNewDraft(browser, "审计对象");
        WebElement record = new Forms(browser).rows("query:records").get(0);
        String id = Forms.recordId(record);
        String number = Forms.recordNumber(record);
        assertEquals(404, browser.rawGet("attachments/" + id, browser.sessionId()).statusCode(), "no file of this enterprise has that id");

        loginAs("admin");
        browser.open("admin/audit");
        query(user, null, id, null);
        browser.waitUntil(d -> column("audit-subject-type").containsAll(List.of("三证合一", "随附单据")));
        browser.screenshot("admin-audit-same-id-two-kinds");

        query(user, "ATTACHMENT", id, null);
        browser.waitUntil(d -> column("audit-subject-type").equals(List.of("随附单据")));
        assertEquals(List.of("拒绝访问"), column("audit-action"));
        assertEquals(List.of(id), column("audit-subject"));

        query(user, null, number, null);
        browser.waitUntil(d -> !column("audit-subject-type").isEmpty() && column("audit-subject-type").stream().allMatch("三证合一"::equals));
        assertEquals("ENTERPRISE_REGISTRATION", new Select(browser.find(By.id("audit:subjectType"))).getFirstSelectedOption()
                .getAttribute("value"), "the 编号 chose the kind");
        assertTrue(column("audit-subject").stream().allMatch(number::equals), "the record by its 编号: " + column("audit-subject"));
        assertEquals(List.of("暂存（新建）"), column("audit-detail"));
        browser.screenshot("admin-audit-by-number");
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

    /** Sets the conditions (null: any) and searches; waits until the answer replaced the table. */
    private void query(String actor, String subjectType, String subject, String action) {
        WebElement table = browser.find(By.id("audit:events"));
        browser.find(By.id("audit:actor")).clear();
        browser.find(By.id("audit:actor")).sendKeys(actor == null ? "" : actor);
        new Select(browser.find(By.id("audit:subjectType"))).selectByValue(subjectType == null ? "" : subjectType);
        browser.find(By.id("audit:subject")).clear();
        browser.find(By.id("audit:subject")).sendKeys(subject == null ? "" : subject);
        new Select(browser.find(By.id("audit:action"))).selectByValue(action == null ? "" : action);
        browser.find(By.id("audit:query")).click();
        browser.waitUntil(d -> Forms.isReplaced(table));
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
