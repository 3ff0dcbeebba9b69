package cn.eport.onboarding.it.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 企业海关备案授权 (F-30..F-32) as enterprise staff and reviewers use it: ent-a (joined, with a customs
 * enterprise-management record) opens the page (未备案, 主管海关 and 行政区划 suggested), walks the form
 * with Enter, is refused with an error summary, 【备案申请】; the reviewer claims it and returns it with
 * a reason; ent-a sees the reason, corrects and sends it again; the reviewer approves and the page
 * shows 备案通过 with the 10-digit 海关注册编码, read-only. ent-pending and ent-no-customs meet their
 * obstacles (F-31); another enterprise reaches none of the filing's URLs.
 */
class CustomsFilingBrowserIT extends BrowserTestSupport {

    private static final String ENT_A_NAME = "北京海淀示例进出口贸易有限公司";

    private Forms forms() {
        return new Forms(browser);
    }

    private String statusWord() {
        return browser.find(By.id("filing-status-word")).getText();
    }

    private void declare() {
        forms().confirm("filing:declare", "filing", "确定提交海关备案申请吗", true);
    }

    @Test
    void entAFilesTheReviewerReturnsItIsCorrectedAndApprovedWithItsCustomsCode() {
        loginAs("ent-a");
        browser.open("enterprise/customs-filing");
        assertEquals("未备案", statusWord());
        String colour = browser.find(By.id("filing-status-word")).getCssValue("color");
        int[] rgb = java.util.Arrays.stream(colour.replaceAll("[^0-9,]", "").split(",")).limit(3).mapToInt(Integer::parseInt).toArray();
        assertTrue(rgb[0] > 150 && rgb[1] < 100 && rgb[2] < 100, "the status in red: " + colour);
        assertTrue(browser.find(By.id("filing-status")).getLocation().getX() < 400, "status at the top left");
        assertEquals("91110108MA01ABCD5T", browser.find(By.id("ent-uscc")).getText(), "the enterprise part from the 三证合一 record");
        assertEquals("备案申请", browser.find(By.id("filing:declare")).getText(), "the manual's button");
        Forms form = forms();
        assertEquals("0100", form.value("filing:customsDistrict_input"), "主管海关 suggested from the 三证合一 record");
        assertEquals("110108", form.value("filing:division_input"), "行政区划 from the 工商 authority's area");
        for (String field : List.of("customsDistrict", "filingCustoms", "businessCategory", "division", "economicZone", "industry",
                "businessScope", "contactName", "contactPhone")) {
            assertEquals("required", form.kind(field), field);
        }
        browser.screenshot("customs-new");

        // F-32: suggestions after two digits; F-70: Enter moves on like Tab
        browser.suggestAndPick("filing:filingCustoms_input", "0", "01", "0100");
        form.choose("filing:businessCategory", "1");
        form.choose("filing:economicZone", "9");
        form.choose("filing:industry", "F");
        browser.type("filing:contactName", "王报关");
        browser.find(By.id("filing:contactName")).sendKeys(Keys.ENTER);
        assertEquals("filing:contactPhone", browser.driver().switchTo().activeElement().getAttribute("id"), "Enter moved to the next input");
        browser.type("filing:contactPhone", "没有电话");
        browser.type("filing:businessScope", "货物进出口；技术进出口。");

        // 备案申请 refused: the error summary, nothing typed lost
        declare();
        String summary = browser.find(By.id("error-summary")).getText();
        assertTrue(summary.contains("联系电话：格式不正确"), summary);
        assertEquals("没有电话", forms().value("filing:contactPhone"));
        assertEquals("未备案", statusWord(), "nothing stored");
        browser.screenshot("customs-errors");

        browser.type("filing:contactPhone", "010-62345678");
        declare();
        browser.waitUntil(d -> "申报".equals(d.findElement(By.id("filing-status-word")).getText()));
        assertTrue(browser.find(By.id("messages")).getText().contains("海关备案申请已提交"), browser.find(By.id("messages")).getText());
        assertTrue(browser.driver().findElements(By.id("filing:declare")).isEmpty(), "declared: view only");
        assertTrue(browser.find(By.id("filing-filed")).getText().contains("等待审核"));
        assertTrue(browser.find(By.id("v-division")).getText().startsWith("110108"), browser.find(By.id("v-division")).getText());
        String number = browser.find(By.id("v-number")).getText();
        assertTrue(number.startsWith("HG"), number);
        browser.screenshot("customs-declared");

        // its id, from 业务办理状态查询
        browser.open("enterprise/status");
        WebElement row = browser.find(By.cssSelector("[data-kind='CUSTOMS_FILING']")).findElement(By.xpath("ancestor::tr"));
        assertTrue(row.getText().contains("海关备案授权") && row.getText().contains("申报"), row.getText());
        String id = Forms.recordId(row);

        // the reviewer: facts, the 三证合一's scans, claim, return with a reason
        loginAs("reviewer");
        browser.open("review/application?kind=CUSTOMS_FILING&id=" + id);
        assertEquals("海关备案授权", browser.find(By.id("kind")).getText());
        assertTrue(browser.find(By.id("v-filingCustoms")).getText().startsWith("0100"));
        assertTrue(browser.find(By.id("v-economicType")).getText().contains("私营企业"), browser.find(By.id("v-economicType")).getText());
        assertTrue(browser.find(By.id("attachments-of-registration")).getText().contains("三证合一"));
        browser.find(By.id("app:claim")).click();
        browser.waitUntil(d -> "审核中".equals(d.findElement(By.id("status")).getText()));
        browser.screenshot("customs-review");
        browser.find(By.id("app:return")).click();
        String reason = "备案海关请选择北京海关（0101以外的隶属海关不受理），并核对经营范围";
        browser.type("return:reason", reason);
        browser.find(By.id("return:submit")).click();
        browser.waitUntil(d -> "退回".equals(d.findElement(By.id("status")).getText()));

        // the enterprise sees the reason and the form, corrects and sends it again
        loginAs("ent-a");
        browser.open("enterprise/customs-filing");
        assertEquals("退回", statusWord());
        assertTrue(browser.find(By.id("return-reason")).getText().contains(reason), browser.find(By.id("return-reason")).getText());
        assertEquals("0100", forms().value("filing:filingCustoms_input"), "the filed data in the form");
        browser.screenshot("customs-returned");
        browser.type("filing:businessScope", "货物进出口；技术进出口；代理进出口。");
        declare();
        browser.waitUntil(d -> "申报".equals(d.findElement(By.id("filing-status-word")).getText()));

        // approved by the assignee only
        loginAs("reviewer");
        browser.open("review/application?kind=CUSTOMS_FILING&id=" + id);
        browser.find(By.id("app:claim")).click();
        browser.waitUntil(d -> "审核中".equals(d.findElement(By.id("status")).getText()));
        browser.find(By.id("app:approve")).click();
        browser.find(By.id("app:confirm-yes")).click();
        browser.waitUntil(d -> "审核通过".equals(d.findElement(By.id("status")).getText()));
        String code = browser.find(By.id("v-filingNumber")).getText();
        assertTrue(code.matches("110196\\d{4}"), "1101 北京海淀, 9 其他, 6 私营企业, sequence: " + code);

        // 备案通过, read-only with its 海关注册编码 and date, no submission
        loginAs("ent-a");
        browser.open("enterprise/customs-filing");
        assertEquals("备案通过", statusWord());
        assertTrue(browser.find(By.id("filing-approved")).getText().contains("海关注册编码：" + code), browser.find(By.id("filing-approved")).getText());
        assertEquals(code, browser.find(By.id("v-filingNumber")).getText());
        assertFalse(browser.find(By.id("v-approvedAt")).getText().isBlank());
        assertTrue(browser.driver().findElements(By.id("filing:declare")).isEmpty(), "no submission once approved");
        assertTrue(browser.driver().findElements(By.id("filing:save-draft")).isEmpty());
        assertEquals("报关单位备案信息表", browser.find(By.cssSelector("#filing-data .print-title")).getText());
        assertEquals("报关单位备案信息表", browser.driver().findElement(By.id("print-title")).getAttribute("textContent"),
                "the printed header (print only)");
        assertEquals("海关备案授权", browser.driver().findElement(By.id("print-kind")).getAttribute("textContent"));
        assertTrue(browser.find(By.id("print")).isDisplayed());
        ((JavascriptExecutor) browser.driver()).executeScript("window.scrollTo(0, 0)");
        browser.screenshot("customs-approved");
        browser.open("");
        WebElement task = browser.find(By.id("task-CUSTOMS_FILING"));
        assertTrue(task.getText().contains("审核通过"), task.getText());

        // another enterprise reaches none of its URLs
        loginAs("ent-b");
        String intruder = browser.sessionId();
        for (var refusal : List.of(new Object[]{"enterprise/customs-filing?id=" + id, 404},
                new Object[]{"review/application?kind=CUSTOMS_FILING&id=" + id, 403})) {
            HttpResponse<String> answer = browser.rawGet((String) refusal[0], intruder);
            assertEquals(refusal[1], answer.statusCode(), (String) refusal[0]);
            assertFalse(answer.body().contains(ENT_A_NAME), refusal[0] + " shows nothing of the owner's");
            assertFalse(answer.body().contains("Exception"), refusal[0] + " names no class");
        }
        browser.open("enterprise/customs-filing");
        assertFalse(browser.find(By.id("content")).getText().contains(code));
    }

    @Test
    void entPendingAndEntNoCustomsMeetTheirObstacles() {
        loginAs("ent-pending");
        browser.open("enterprise/customs-filing");
        assertEquals("未备案", statusWord());
        String pending = browser.find(By.id("filing-obstacle")).getText();
        assertTrue(pending.contains("RA系统中有未完成的海关备案") && pending.contains("RA2026102000141"), pending);
        assertTrue(browser.driver().findElements(By.id("filing")).isEmpty(), "no form while blocked");
        browser.screenshot("customs-obstacle-ra-system");

        loginAs("ent-no-customs");
        browser.open("enterprise/customs-filing");
        String noRecord = browser.find(By.id("filing-obstacle")).getText();
        assertTrue(noRecord.contains("请联系海关企管处确认"), noRecord);
        assertTrue(browser.driver().findElements(By.id("filing")).isEmpty());
        browser.screenshot("customs-obstacle-no-customs-record");
        browser.open("");
        WebElement task = browser.find(By.id("task-CUSTOMS_FILING"));
        assertTrue(task.getText().contains("暂不能办理") && task.getText().contains("海关企管"), task.getText());
    }
}
