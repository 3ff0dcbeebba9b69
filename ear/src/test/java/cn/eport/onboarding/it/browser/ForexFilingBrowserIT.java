package cn.eport.onboarding.it.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 企业外汇备案授权 (F-40..F-43) as the demo enterprises meet it: ent-no-customs, whose data the forex
 * enterprise directory confirms, is approved at once with its 外汇登记编号 (F-42); ent-b, which the
 * directory does not list, goes to review and the reviewer approves it; ent-forex-dereg and
 * ent-pending meet their own obstacles (F-41). Each demo enterprise files once per run (one filing
 * per enterprise), and no other test files their forex filings.
 */
class ForexFilingBrowserIT extends BrowserTestSupport {

    private static final String YEAR = String.valueOf(LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear());

    private Forms forms() {
        return new Forms(browser);
    }

    private String statusWord() {
        return browser.find(By.id("filing-status-word")).getText();
    }

    /** Fills the filing's own fields and sends it with 【备案申请】 after confirmation. */
    private void fileWith(String bureauPrefix, String bureau, String contact) {
        browser.suggestAndPick("filing:forexBureau_input", "3", bureauPrefix, bureau);
        browser.type("filing:businessScope", "货物进出口；技术进出口");
        browser.type("filing:contactName", contact);
        browser.type("filing:contactPhone", "0532-88886666");
        forms().confirm("filing:declare", "filing", "确定提交外汇备案申请吗", true);
    }

    @Test
    void anEnterpriseTheDirectoryConfirmsIsApprovedAtOnceWithItsNumber() {
        loginAs("ent-no-customs");
        browser.open("enterprise/forex-filing");
        assertEquals("未备案", statusWord());
        assertEquals("91370212MA3C9UFBX3", browser.find(By.id("ent-uscc")).getText(), "the enterprise part from its 三证合一 record");
        assertEquals("备案申请", browser.find(By.id("filing:declare")).getText(), "the manual's name of the button");
        assertEquals("required", forms().kind("forexBureau"));
        browser.screenshot("forex-new");

        // nothing chosen: every problem at once, nothing stored, nothing typed lost
        browser.type("filing:contactName", "孙磊");
        browser.find(By.id("filing:businessScope")).clear();
        forms().confirm("filing:declare", "filing", "确定提交外汇备案申请吗", true);
        String summary = browser.find(By.id("error-summary")).getText();
        assertTrue(summary.contains("主管外汇局：必填项") && summary.contains("联系电话：必填项"), summary);
        assertTrue(summary.indexOf("主管外汇局") < summary.indexOf("联系电话"), "in form order: " + summary);
        assertEquals("孙磊", forms().value("filing:contactName"));
        assertEquals("未备案", statusWord(), "nothing stored");
        browser.screenshot("forex-errors");

        fileWith("37", "370200", "孙磊");
        browser.waitUntil(d -> "备案通过".equals(d.findElement(By.id("filing-status-word")).getText()));
        assertTrue(browser.find(By.id("messages")).getText().contains("已自动审核通过"));
        String number = browser.find(By.id("v-filingNumber")).getText();
        assertTrue(number.matches("370200" + YEAR + "[0-9]{6}"), "bureau, year, sequence: " + number);
        assertTrue(browser.find(By.id("filing-approved")).getText().contains("外汇登记编号：" + number));
        assertTrue(browser.driver().findElements(By.id("filing:declare")).isEmpty(), "no submission once approved");
        assertTrue(browser.find(By.id("content")).getText().contains("与外汇企业名录一致"), "the comparison is shown");
        browser.screenshot("forex-approved-at-once");

        browser.open("");
        WebElement task = browser.find(By.id("task-FOREX_FILING"));
        assertTrue(task.getText().contains("审核通过") && task.getText().contains("已办结"), task.getText());
    }

    @Test
    void anEnterpriseTheDirectoryDoesNotListGoesToReviewAndTheReviewerApprovesIt() {
        loginAs("ent-b");
        browser.open("enterprise/forex-filing");
        assertEquals("未备案", statusWord());
        fileWith("31", "310000", "李娜");
        browser.waitUntil(d -> "申报".equals(d.findElement(By.id("filing-status-word")).getText()));
        assertTrue(browser.find(By.id("messages")).getText().contains("已转人工审核"));
        assertTrue(browser.find(By.id("forex-review-reason")).getText().contains("外汇企业名录中没有本企业的登记信息"));
        assertTrue(browser.driver().findElements(By.id("filing:declare")).isEmpty(), "nothing to change while it is reviewed");
        browser.screenshot("forex-to-review");

        browser.open("enterprise/status");
        WebElement row = browser.find(By.cssSelector("[data-kind='FOREX_FILING']")).findElement(By.xpath("ancestor::tr"));
        assertTrue(row.getText().contains("申报"), row.getText());
        String id = Forms.recordId(row);
        assertEquals(Forms.number("WH", id), Forms.recordNumber(row), "its 编号 tells its kind");

        loginAs("reviewer");
        browser.open("review/application?kind=FOREX_FILING&id=" + id);
        assertTrue(browser.find(By.id("content")).getText().contains("外汇企业名录中没有该企业"), "the reviewer sees why it came");
        browser.find(By.id("app:claim")).click();
        browser.waitUntil(d -> "审核中".equals(d.findElement(By.id("status")).getText()));
        browser.find(By.id("app:approve")).click();
        browser.find(By.id("app:confirm-yes")).click();
        browser.waitUntil(d -> "审核通过".equals(d.findElement(By.id("status")).getText()));
        browser.screenshot("forex-review-approved");

        loginAs("ent-b");
        browser.open("enterprise/forex-filing");
        assertEquals("备案通过", statusWord());
        String number = browser.find(By.id("v-filingNumber")).getText();
        assertTrue(number.matches("310000" + YEAR + "[0-9]{6}"), number);
        assertTrue(forms().history().stream().anyMatch(e -> e.contains("审核通过")), forms().history().toString());

        // another enterprise reaches none of its URLs
        loginAs("ent-a");
        String intruder = browser.sessionId();
        for (var refusal : List.of(new Object[]{"enterprise/forex-filing?id=" + id, 404},
                new Object[]{"review/application?kind=FOREX_FILING&id=" + id, 403})) {
            HttpResponse<String> answer = browser.rawGet((String) refusal[0], intruder);
            assertEquals(refusal[1], answer.statusCode(), (String) refusal[0]);
            assertFalse(answer.body().contains(number), refusal[0] + " shows nothing of the owner's");
        }
    }

    @Test
    void theDeregisteredAndThePendingEnterpriseMeetTheirOwnObstacles() {
        loginAs("ent-forex-dereg");
        browser.open("enterprise/forex-filing");
        assertTrue(browser.find(By.id("filing-obstacle")).getText().contains("外汇注销名录"));
        assertTrue(browser.driver().findElements(By.id("filing")).isEmpty(), "no form while blocked");
        browser.screenshot("forex-obstacle-deregistered");

        loginAs("ent-pending");
        browser.open("enterprise/forex-filing");
        String pending = browser.find(By.id("filing-obstacle")).getText();
        assertTrue(pending.contains("老系统中有未完成的三级审核备案") && pending.contains("WH2026100800052"), pending);
        assertTrue(browser.driver().findElements(By.id("filing")).isEmpty());
    }
}
