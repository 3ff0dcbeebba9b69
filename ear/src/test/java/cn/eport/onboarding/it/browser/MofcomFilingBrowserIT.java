package cn.eport.onboarding.it.browser;

import cn.eport.onboarding.it.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 企业商务部备案申请 (F-20..F-23) as enterprise staff use it: an enterprise that joined through 三证合一
 * (its record approved by the reviewer in this test) opens the page (未备案, the enterprise part and
 * the 登记表's back-filled fields grey), is refused with an error summary that keeps what was typed,
 * saves a draft, declares and is approved at once with its 8-digit 备案登记表编号, after which the
 * page offers no submission; reviewers can view it; another enterprise reaches none of its URLs.
 * The demo scenario accounts each meet their own obstacle (read-only, safe to repeat).
 */
class MofcomFilingBrowserIT extends BrowserTestSupport {

    private static final String FILER = TestData.newUsername("mofcom");
    private static final String USCC = TestData.newUscc();
    private static final String NAME = "商务备案浏览器测试贸易有限公司";
    private static boolean joined;

    private Forms forms() {
        return new Forms(browser);
    }

    /** Once for the class: an enterprise account whose 三证合一 record the reviewer approved (上海海关). */
    @BeforeEach
    void anEnterpriseThatJoined() {
        if (joined) {
            return;
        }
        openJoinedEnterprise(FILER, USCC, NAME, "钱多多", "22", "2200");
        joined = true;
    }

    private String statusWord() {
        return browser.find(By.id("filing-status-word")).getText();
    }

    @Test
    void aJoinedEnterpriseDraftsDeclaresAndIsApprovedAtOnce() {
        loginAs(FILER);
        browser.open("enterprise/mofcom-filing");
        Forms form = forms();
        assertEquals("未备案", statusWord());
        assertEquals(USCC, browser.find(By.id("ent-uscc")).getText(), "the enterprise part from the 三证合一 record");
        assertTrue(browser.find(By.id("ent-district")).getText().contains("2200"));
        assertEquals("backfilled", form.kind("operatorNameZh"));
        assertEquals(NAME, form.value("filing:operatorNameZh"));
        assertEquals("backfilled", form.kind("residence"));
        assertEquals("北京市海淀区中关村南大街5号", form.value("filing:residence"));
        assertEquals("backfilled", form.kind("registeredCapital"));
        assertEquals("500", form.value("filing:registeredCapital"));
        assertEquals(USCC, form.value("filing:businessRegistrationNumber"));
        assertEquals(USCC.substring(8, 17), form.value("filing:organizationCode"));
        assertEquals("required", form.kind("operatorNameEn"));
        assertEquals("required", form.kind("businessRegistrationDate"), "the 三证合一 record has no 成立日期: the user states it");
        assertEquals("optional", form.kind("fax"));
        assertEquals("申报", browser.find(By.id("filing:declare")).getText());
        browser.screenshot("mofcom-new");

        // 申报 refused: every problem at once, in form order, linked; nothing typed is lost
        browser.type("filing:operatorNameEn", "示例贸易公司");
        browser.type("filing:postcode", "1000");
        browser.type("filing:phone", "010-62345678");
        form.confirm("filing:declare", "filing", "确定申报商务部备案吗", true);
        WebElement summary = browser.find(By.id("error-summary"));
        String text = summary.getText();
        assertTrue(text.contains("经营者英文名称：只能填写英文字母"), text);
        assertTrue(text.contains("邮政编码：应为 6 位数字"), text);
        assertTrue(text.contains("电子邮箱：必填项"), text);
        assertTrue(text.indexOf("经营者英文名称") < text.indexOf("经营者类型") && text.indexOf("经营者类型") < text.indexOf("邮政编码")
                && text.indexOf("邮政编码") < text.indexOf("电子邮箱") && text.indexOf("电子邮箱") < text.indexOf("主管机关代码"), text);
        assertTrue(browser.find(By.cssSelector("[data-field='postcode'] .field-error")).getText().contains("6 位数字"));
        assertEquals("示例贸易公司", form.value("filing:operatorNameEn"));
        assertEquals("1000", form.value("filing:postcode"));
        assertEquals("未备案", statusWord(), "nothing stored");
        browser.screenshot("mofcom-errors");

        // corrected and saved as a draft; F-23: the 主管机关 is suggested from the first digit
        browser.type("filing:operatorNameEn", "Shanghai Sample Trading Co., Ltd.");
        form.choose("filing:operatorType", "PRIVATE");
        browser.type("filing:premisesZh", "上海市浦东新区世纪大道100号");
        browser.type("filing:premisesEn", "No. 100 Century Avenue, Pudong, Shanghai");
        browser.type("filing:postcode", "200120");
        browser.type("filing:email", "trade@example.com");
        form.date("filing:businessRegistrationDate", "2019-02-26");
        browser.type("filing:capitalUsd", "70.5");
        browser.suggestAndPick("filing:authority_input", null, "1", "110000");
        browser.suggestAndPick("filing:authority_input", null, "310115", "310115");
        form.confirm("filing:save-draft", "filing", "确定暂存当前录入的备案信息吗", true);
        browser.waitUntil(d -> "暂存".equals(d.findElement(By.id("filing-status-word")).getText()));
        assertTrue(browser.find(By.id("messages")).getText().contains("商务部备案信息已暂存"));
        assertEquals("310115", forms().value("filing:authority_input"), "the draft keeps what was saved");
        assertEquals("Shanghai Sample Trading Co., Ltd.", forms().value("filing:operatorNameEn"));
        browser.screenshot("mofcom-draft");

        // the draft in 业务办理状态查询, with its page; reviewers cannot see a draft
        browser.open("enterprise/status");
        WebElement row = browser.find(By.cssSelector("[data-kind='MOFCOM_FILING']")).findElement(By.xpath("ancestor::tr"));
        assertTrue(row.getText().contains("商务部备案") && row.getText().contains("暂存"), row.getText());
        String id = Forms.recordId(row);
        row.findElement(By.cssSelector(".action-modify")).click();
        browser.waitForPath("/enterprise/mofcom-filing?id=" + id);
        assertEquals("暂存", statusWord());
        loginAs("reviewer");
        assertEquals(404, browser.rawGet("review/application?kind=MOFCOM_FILING&id=" + id, browser.sessionId()).statusCode(),
                "a draft is the enterprise's alone");

        // 申报: approved at once, with its number; no more submission
        browser.driver().manage().deleteAllCookies();
        loginAs(FILER);
        browser.open("enterprise/mofcom-filing");
        forms().confirm("filing:declare", "filing", "确定申报商务部备案吗", true);
        browser.waitUntil(d -> "备案通过".equals(d.findElement(By.id("filing-status-word")).getText()));
        assertTrue(browser.find(By.id("messages")).getText().contains("已申报并自动审核通过"));
        String number = browser.find(By.id("v-filingNumber")).getText();
        assertTrue(number.matches("[0-9]{8}"), number);
        assertTrue(browser.find(By.id("filing-approved")).getText().contains("备案登记表编号：" + number), "备案通过 with its number");
        assertTrue(browser.driver().findElements(By.id("filing:declare")).isEmpty(), "no submission once approved");
        assertTrue(browser.driver().findElements(By.id("filing:save-draft")).isEmpty());
        assertEquals("Shanghai Sample Trading Co., Ltd.", browser.find(By.id("v-operatorNameEn")).getText());
        assertTrue(browser.find(By.id("v-authority")).getText().startsWith("310115"), browser.find(By.id("v-authority")).getText());
        assertEquals("对外贸易经营者备案登记表", browser.find(By.cssSelector("#filing-data .print-title")).getText());
        assertEquals(Forms.number("SW", id), browser.driver().findElement(By.id("print-number")).getAttribute("textContent"),
                "the printed header (print only) names the filing");
        assertEquals("对外贸易经营者备案登记表", browser.driver().findElement(By.id("print-title")).getAttribute("textContent"));
        assertTrue(browser.find(By.id("print")).isDisplayed(), "an approved filing can be printed");
        assertEquals(3, browser.driver().findElements(By.cssSelector("#history .history-entry")).size(), "暂存, 申报, automatic approval");
        ((JavascriptExecutor) browser.driver()).executeScript("window.scrollTo(0, 0)");
        browser.screenshot("mofcom-approved");
        assertEquals(200, browser.rawGet("enterprise/mofcom-filing?id=" + id, browser.sessionId()).statusCode());

        // the home page's task list: done
        browser.open("");
        WebElement task = browser.find(By.id("task-MOFCOM_FILING"));
        assertTrue(task.getText().contains("审核通过") && task.getText().contains("已办结"), task.getText());
        assertTrue(task.findElement(By.cssSelector("a.task-action")).getAttribute("href").endsWith("/enterprise/mofcom-filing?id=" + id));

        // the reviewer can view it, with the 三证合一's documents
        loginAs("reviewer");
        browser.open("review/application?kind=MOFCOM_FILING&id=" + id);
        assertEquals("商务部备案", browser.find(By.id("kind")).getText());
        assertEquals(number, browser.find(By.id("v-filingNumber")).getText());
        assertTrue(browser.find(By.id("attachments-of-registration")).getText().contains("三证合一"));
        assertTrue(browser.driver().findElements(By.id("app:approve")).isEmpty(), "nothing to decide");
        browser.screenshot("mofcom-review");

        // another enterprise reaches none of its URLs, and its own page shows nothing of it
        loginAs("ent-b");
        String intruder = browser.sessionId();
        for (var refusal : List.of(new Object[]{"enterprise/mofcom-filing?id=" + id, 404},
                new Object[]{"review/application?kind=MOFCOM_FILING&id=" + id, 403})) {
            HttpResponse<String> answer = browser.rawGet((String) refusal[0], intruder);
            assertEquals(refusal[1], answer.statusCode(), (String) refusal[0]);
            assertFalse(answer.body().contains(NAME), refusal[0] + " shows nothing of the owner's");
        }
        browser.open("enterprise/mofcom-filing");
        assertFalse(browser.find(By.id("content")).getText().contains(NAME));
        assertFalse(browser.find(By.id("content")).getText().contains(number));
    }

    @Test
    void eachScenarioAccountMeetsItsOwnObstacle() {
        loginAs("ent-pending");
        browser.open("enterprise/mofcom-filing");
        assertEquals("未备案", statusWord());
        String pending = browser.find(By.id("filing-obstacle")).getText();
        assertTrue(pending.contains("老系统中有未完成的三级审核备案") && pending.contains("BA2026091500317") && pending.contains("2026-09-15"), pending);
        assertTrue(browser.driver().findElements(By.id("filing")).isEmpty(), "no form while blocked");
        assertEquals("91320505MA1P3DWR8D", browser.find(By.id("ent-uscc")).getText(), "joined: its enterprise part is shown");
        browser.screenshot("mofcom-obstacle-old-system");
        browser.open("");
        WebElement task = browser.find(By.id("task-MOFCOM_FILING"));
        assertTrue(task.getText().contains("暂不能办理") && task.getText().contains("老系统"), task.getText());

        loginAs("ent-cancelled");
        browser.open("enterprise/mofcom-filing");
        String noRegistration = browser.find(By.id("filing-obstacle")).getText();
        assertTrue(noRegistration.contains("尚未在本系统完成三证合一录入"), noRegistration);
        assertTrue(browser.driver().findElements(By.id("filing")).isEmpty());
        assertTrue(browser.driver().findElements(By.id("filing-enterprise")).isEmpty(), "no 三证合一 record to show");
        browser.screenshot("mofcom-obstacle-no-registration");

        for (String clear : List.of("ent-no-customs", "ent-forex-dereg")) {
            loginAs(clear);
            browser.open("enterprise/mofcom-filing");
            assertTrue(browser.driver().findElements(By.id("filing-obstacle")).isEmpty(), clear + " may file with MOFCOM");
            browser.find(By.id("filing:declare"));
        }
    }

    @Test
    void entAsPageShowsItsEnterpriseFromItsApprovedRecord() {
        loginAs("ent-a");
        browser.open("enterprise/mofcom-filing");
        assertEquals("91110108MA01ABCD5T", browser.find(By.id("ent-uscc")).getText());
        assertEquals("北京海淀示例进出口贸易有限公司", browser.find(By.id("ent-name")).getText());
        assertTrue(browser.find(By.id("ent-capital")).getText().contains("500"), browser.find(By.id("ent-capital")).getText());
        assertTrue(browser.driver().findElements(By.id("filing-obstacle")).isEmpty(), "ent-a can file");
        if ("未备案".equals(statusWord())) {
            assertEquals("北京海淀示例进出口贸易有限公司", forms().value("filing:operatorNameZh"));
            // the demo record states 2016-03-18; a later approved record of ent-a (other tests) may state none
            String established = browser.find(By.id("ent-established")).getText().strip();
            assertEquals(established, forms().value("filing:businessRegistrationDate"), "its record's 成立日期");
            assertEquals(established.isEmpty() ? "required" : "backfilled", forms().kind("businessRegistrationDate"));
        }
        browser.screenshot("mofcom-ent-a");
    }
}
