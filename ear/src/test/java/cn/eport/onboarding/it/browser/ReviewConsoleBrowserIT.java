package cn.eport.onboarding.it.browser;

import cn.eport.onboarding.it.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The review console and what the enterprise sees of it, in the browser: a 三证合一
 * declared by a fresh enterprise is found in the queue, claimed, returned with a reason, corrected
 * and declared again, claimed once more (a second reviewer is too late) and approved; a reviewer
 * who did not claim it can do nothing with it; the audit trail tells the whole story.
 */
class ReviewConsoleBrowserIT extends BrowserTestSupport {

    /** 拉萨海关: a real district no other test declares in, so the queue filtered by it shows this test's records. */
    private static final String DISTRICT = "8800";
    private static final String OTHER_DISTRICT = "8600";
    private static final String KIND = "ENTERPRISE_REGISTRATION";
    private static final String ENTERPRISE_USER = TestData.newUsername("qy-review");
    private static final String USCC = TestData.newUscc();
    private static final String ENTERPRISE_NAME = "拉萨审核流程测试贸易有限公司";
    /** The display name administrators give enterprise accounts opened by {@link Accounts#openEnterprise}. */
    private static final String ENTERPRISE_USER_DISPLAY_NAME = Accounts.ENTERPRISE_DISPLAY_NAME;
    private static final String SECOND_REVIEWER = TestData.newUsername("reviewer-2");
    private static final Pattern APPLICATION_URL = Pattern.compile("review/application\\?kind=([A-Z_]+)&id=(\\d+)");
    private static boolean accountsOpened;

    @BeforeEach
    void accountsOfThisTest() {
        if (!accountsOpened) {
            loginAs("admin");
            Accounts.openEnterprise(browser, ENTERPRISE_USER, USCC, ENTERPRISE_NAME, "赵六", PASSWORD);
            Accounts.openReviewer(browser, SECOND_REVIEWER, "第二审核员", PASSWORD);
            accountsOpened = true;
        }
    }

    @Test
    void declareClaimReturnCorrectDeclareAgainAndApprove() {
        // the enterprise declares
        loginAs(ENTERPRISE_USER);
        browser.open("enterprise/registration-edit");
        RegistrationForm.fillByHand(browser, "88", DISTRICT, "赵六");
        RegistrationForm.declare(browser);
        assertTrue(browser.find(By.id("query:messages")).getText().contains("已申报"));

        // the reviewer finds it with the filters, and not with others
        loginAs("reviewer");
        browser.open("review/queue");
        filter(KIND, DISTRICT, null, null);
        assertTrue(queueRow().isPresent(), "kind 三证合一 and 主管海关 8800 find it");
        assertTrue(queueRow().get().getText().contains(ENTERPRISE_NAME), queueRow().get().getText());
        assertTrue(queueRow().get().getText().contains("8800 拉萨海关"), queueRow().get().getText());
        assertTrue(queueRow().get().getText().contains("三证合一"), queueRow().get().getText());
        String number = queueRow().get().findElement(By.cssSelector(".review-number")).getText();
        assertTrue(number.matches("SZ\\d{4}-\\d{6,}"), "the queue shows the 编号: " + number);
        browser.screenshot("review-queue-filtered");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        filter(KIND, DISTRICT, today.toString(), today.toString());
        assertTrue(queueRow().isPresent(), "declared today");
        filter(KIND, OTHER_DISTRICT, null, null);
        assertFalse(queueRow().isPresent(), "another 主管海关 hides it");
        filter(KIND, DISTRICT, today.plusDays(1).toString(), null);
        assertFalse(queueRow().isPresent(), "declared before the range");
        filter(KIND, DISTRICT, "2030-01-02", "2030-01-01");
        assertTrue(browser.find(By.id("query:messages")).getText().contains("申报日期不能晚于截止日期"));
        browser.screenshot("review-queue-date-range-refused");
        submit("query:reset");
        assertEquals("", new Select(browser.find(By.id("query:kind"))).getFirstSelectedOption().getAttribute("value"), "重置: every kind");
        assertEquals("", new Select(browser.find(By.id("query:district"))).getFirstSelectedOption().getAttribute("value"));

        // 认领: from the queue to "my claims"
        filter(KIND, DISTRICT, null, null);
        claimFromQueue();
        assertTrue(browser.find(By.id("query:messages")).getText().contains("已认领"), browser.find(By.id("query:messages")).getText());
        assertFalse(queueRow().isPresent(), "no longer waiting");
        WebElement claim = claimRow().orElseThrow(() -> new AssertionError("in my claims"));
        browser.screenshot("review-queue-claimed");
        claim.findElement(By.cssSelector(".action-decide")).click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("review/application"));
        String applicationUrl = applicationUrl();
        assertEquals(Forms.number("SZ", applicationId(applicationUrl)), browser.find(By.id("number")).getText());
        assertEquals(number, browser.find(By.id("number")).getText(), "the same 编号 as in the queue");

        assertEquals("审核中", browser.find(By.id("status")).getText());
        assertTrue(browser.find(By.id("assignee")).getText().contains("reviewer"));
        assertEquals(USCC, browser.find(By.id("v-uscc")).getText(), "the 三证合一 facts");
        assertEquals(ENTERPRISE_NAME, browser.find(By.id("v-enterpriseName")).getText());
        assertTrue(browser.find(By.id("v-customsDistrict")).getText().startsWith("8800"));
        assertTrue(browser.find(By.id("att-panel")).getText().contains("尚未上传随附单据"));
        assertTrue(buttons().containsAll(List.of("approve", "return")) && !buttons().contains("claim"), buttons().toString());
        browser.screenshot("review-application-claimed");

        // another reviewer may look, but not act, not even by posting the action
        anotherReviewerCannotDecide(applicationUrl);

        // 退回: a reason is required, at most 500 characters, and nothing typed is lost
        loginAs("reviewer");
        browser.open(applicationUrl);
        browser.find(By.id("app:return")).click();
        browser.find(By.id("return:reason"));
        browser.find(By.id("return:submit")).click();
        browser.waitUntil(d -> d.findElement(By.id("return:reason-message")).getText().contains("请填写退回原因"));
        browser.screenshot("review-return-reason-missing");
        browser.type("return:reason", "长".repeat(501));
        browser.find(By.id("return:submit")).click();
        browser.waitUntil(d -> d.findElement(By.id("return:reason-message")).getText().contains("最多 500 个字"));
        assertEquals(501, browser.find(By.id("return:reason")).getAttribute("value").length(), "what was typed stays");
        // F-70 in the dialog as in every form: Ctrl+Enter breaks the line, Enter moves on to 确定退回
        WebElement reasonArea = browser.find(By.id("return:reason"));
        reasonArea.clear();
        reasonArea.sendKeys("第一行", Keys.chord(Keys.CONTROL, Keys.ENTER), "第二行");
        assertEquals("第一行\n第二行", reasonArea.getAttribute("value"), "Ctrl+Enter inserted a line break");
        reasonArea.sendKeys(Keys.ENTER);
        assertEquals("第一行\n第二行", reasonArea.getAttribute("value"), "Enter added no line");
        assertEquals("return:submit", browser.driver().switchTo().activeElement().getAttribute("id"), "Enter moved on");
        String reason = "注册地址与营业执照不一致，请核对后重新申报";
        browser.type("return:reason", reason);
        browser.find(By.id("return:submit")).click();
        browser.waitUntil(d -> "退回".equals(d.findElement(By.id("status")).getText()));
        assertTrue(browser.find(By.id("app:messages")).getText().contains("已退回"));
        assertEquals(List.of(ENTERPRISE_USER_DISPLAY_NAME + " · 申报（新建）", "王审核 · 认领：申报 → 审核中",
                "王审核 · 退回：审核中 → 退回（原因：" + reason + "）"), new Forms(browser).history(), "who did what, by display name");
        assertTrue(buttons().isEmpty(), "decided: " + buttons());
        browser.screenshot("review-application-returned");

        // the enterprise sees 退回 and why, corrects and declares again
        loginAs(ENTERPRISE_USER);
        browser.open("enterprise/registrations");
        WebElement returned = browser.find(By.cssSelector("#query\\:records_data tr"));
        assertTrue(returned.getText().contains("退回"), returned.getText());
        assertTrue(returned.getText().contains(reason), "the reason in the list too: " + returned.getText());
        browser.screenshot("review-enterprise-list-returned");
        returned.findElement(By.cssSelector(".action-modify")).click();
        browser.waitForPath("/enterprise/registration-edit?id=" + applicationId(applicationUrl));
        assertTrue(browser.find(By.id("return-reason")).getText().contains(reason), "the reason at the top of the form");
        browser.screenshot("review-enterprise-sees-return");
        browser.type("reg:registeredAddress", "西藏自治区拉萨市城关区北京中路1号");
        RegistrationForm.declare(browser);

        // claimed again; a second reviewer who had the queue open is too late
        loginAs("reviewer");
        browser.open("review/queue");
        filter(KIND, DISTRICT, null, null);
        try (Browser second = new Browser(base)) {
            second.login(SECOND_REVIEWER, PASSWORD);
            second.waitForPath("/eport/");
            second.open("review/queue");
            new Select(second.find(By.id("query:district"))).selectByValue(DISTRICT);
            WebElement table = second.find(By.id("query:queue"));
            second.find(By.id("query:search")).click();
            second.waitUntil(ExpectedConditions.stalenessOf(table));
            WebElement staleRow = rowOf(second, "query:queue").orElseThrow(() -> new AssertionError("the second reviewer sees it waiting"));

            claimFromQueue();
            assertTrue(claimRow().isPresent());

            staleRow.findElement(By.cssSelector(".action-claim")).click();
            second.waitUntil(d -> d.findElement(By.id("query:messages")).getText().contains("该申请已被其他审核员认领"));
            assertTrue(rowOf(second, "query:queue").isEmpty(), "gone from the second reviewer's queue");
            assertTrue(rowOf(second, "query:claims").isEmpty(), "and not among their claims");
            second.screenshot("review-queue-claimed-by-another");
        }

        // 审核通过 after confirmation
        claimRow().orElseThrow().findElement(By.cssSelector(".action-decide")).click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("review/application"));
        browser.find(By.id("app:approve")).click();
        browser.find(By.id("app:confirm-yes")).click();
        browser.waitUntil(d -> "审核通过".equals(d.findElement(By.id("status")).getText()));
        assertTrue(browser.find(By.id("app:messages")).getText().contains("已审核通过"));
        List<String> audit = auditEntries();
        // in the page's language, from the codes stored
        for (String entry : List.of(ENTERPRISE_USER + " 状态变更 申报（新建）", "reviewer 状态变更 认领：申报 → 审核中",
                "reviewer 状态变更 退回：审核中 → 退回（原因：" + reason + "）", ENTERPRISE_USER + " 状态变更 申报：退回 → 申报",
                ENTERPRISE_USER + " 修改 申报", "reviewer 状态变更 审核通过")) {
            assertTrue(audit.stream().anyMatch(e -> e.endsWith(entry)), "audit trail has '" + entry + "':\n" + String.join("\n", audit));
        }
        assertTrue(browser.driver().findElements(By.id("assignee")).isEmpty(), "decided: nobody holds it any more");
        assertEquals(List.of(ENTERPRISE_USER_DISPLAY_NAME + " · 申报（新建）", "王审核 · 认领：申报 → 审核中",
                "王审核 · 退回：审核中 → 退回（原因：" + reason + "）", ENTERPRISE_USER_DISPLAY_NAME + " · 申报：退回 → 申报",
                "王审核 · 认领：申报 → 审核中", "王审核 · 审核通过"), new Forms(browser).history());
        browser.screenshot("review-application-approved");
        ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('history').scrollIntoView()");
        browser.screenshot("review-application-history-and-audit");

        // the enterprise sees 审核通过, and the old reason only in the history
        loginAs(ENTERPRISE_USER);
        browser.open("enterprise/registrations");
        WebElement approved = browser.find(By.cssSelector("#query\\:records_data tr"));
        assertTrue(approved.getText().contains("审核通过"), approved.getText());
        assertTrue(approved.findElements(By.cssSelector(".action-modify")).isEmpty(), "approved: no more changes");
        approved.findElement(By.cssSelector(".action-view")).click();
        browser.waitForPath("/enterprise/registration-view?id=" + applicationId(applicationUrl));
        assertEquals("审核通过", browser.find(By.id("status")).getText());
        assertTrue(browser.driver().findElements(By.id("return-reason")).isEmpty(), "no stale return reason at the top");
        assertTrue(browser.find(By.id("history")).getText().contains(reason), "the reason stays in the history");
        assertEquals("王审核 · 审核通过", new Forms(browser).history().get(5), "the enterprise sees the same 办理记录");
        assertEquals(USCC, browser.find(By.id("v-uscc")).getText(), "the same facts tag as the reviewer's");
        browser.screenshot("review-enterprise-sees-approval");
    }

    /** The second reviewer opens the claimed application: no buttons, and a forged 审核通过 changes nothing. */
    private void anotherReviewerCannotDecide(String applicationUrl) {
        loginAs(SECOND_REVIEWER);
        browser.open(applicationUrl);
        assertEquals("审核中", browser.find(By.id("status")).getText());
        assertTrue(browser.find(By.id("assignee")).getText().contains("reviewer"));
        assertTrue(buttons().isEmpty(), "not the assignee: " + buttons());
        assertTrue(browser.find(By.id("claimed-by-another")).getText().contains("已由审核员 reviewer 认领"));
        browser.screenshot("review-application-not-assignee");

        WebElement status = browser.find(By.id("status"));
        ((JavascriptExecutor) browser.driver()).executeScript("""
                const form = document.getElementById('app');
                for (const name of ['app:approve', 'app:claim']) {
                    const field = document.createElement('input');
                    field.type = 'hidden'; field.name = name; field.value = name;
                    form.appendChild(field);
                }
                form.submit();""");
        browser.waitUntil(ExpectedConditions.stalenessOf(status));
        assertEquals("审核中", browser.find(By.id("status")).getText(), "the forged POST changed nothing");
        assertTrue(browser.find(By.id("assignee")).getText().contains("reviewer"));
    }

    @Test
    void unknownKindsAndIdsAreNotFound() {
        loginAs("reviewer");
        String session = browser.sessionId();
        for (String url : List.of("review/application?kind=NO_SUCH_KIND&id=1", "review/application?kind=" + KIND + "&id=999999999",
                "review/application?kind=" + KIND + "&id=abc", "review/application?kind=" + KIND, "review/application")) {
            assertEquals(404, browser.rawGet(url, session).statusCode(), url);
        }
    }

    /** Sets the query conditions (null: leave empty) and waits for the answer. */
    private void filter(String kind, String district, String from, String to) {
        new Select(browser.find(By.id("query:kind"))).selectByValue(kind == null ? "" : kind);
        new Select(browser.find(By.id("query:district"))).selectByValue(district == null ? "" : district);
        setDate("query:from", from);
        setDate("query:to", to);
        submit("query:search");
    }

    /** Date inputs take their value in ISO form whatever the browser's locale displays. */
    private void setDate(String id, String isoDate) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];",
                browser.find(By.id(id)), isoDate == null ? "" : isoDate);
    }

    /** Clicks an ajax button of the query form and waits until the form is rendered anew. */
    private void submit(String buttonId) {
        WebElement table = browser.find(By.id("query:queue"));
        browser.find(By.id(buttonId)).click();
        browser.waitUntil(ExpectedConditions.stalenessOf(table));
    }

    private void claimFromQueue() {
        WebElement claims = browser.find(By.id("query:claims"));
        queueRow().orElseThrow(() -> new AssertionError("waiting in the queue")).findElement(By.cssSelector(".action-claim")).click();
        browser.waitUntil(ExpectedConditions.stalenessOf(claims));
    }

    private Optional<WebElement> queueRow() {
        return rowOf(browser, "query:queue");
    }

    private Optional<WebElement> claimRow() {
        return rowOf(browser, "query:claims");
    }

    /** The row of this test's enterprise in one of the console's tables. */
    private static Optional<WebElement> rowOf(Browser in, String tableId) {
        return in.driver().findElements(By.cssSelector("[id='" + tableId + "_data'] tr")).stream()
                .filter(r -> r.getText().contains(USCC)).findFirst();
    }

    /** The ids of the action buttons shown (claim, approve, return). */
    private List<String> buttons() {
        return browser.driver().findElements(By.cssSelector("#actions button")).stream()
                .map(b -> b.getAttribute("id").replace("app:", "")).toList();
    }

    /** The audit trail on the application page, an entry a line: time, who, what, detail. */
    private List<String> auditEntries() {
        return browser.driver().findElements(By.cssSelector("#audit .audit-entry")).stream()
                .map(row -> String.join(" ", row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList())).toList();
    }

    private String applicationUrl() {
        Matcher m = APPLICATION_URL.matcher(browser.driver().getCurrentUrl());
        assertTrue(m.find(), browser.driver().getCurrentUrl());
        assertEquals(KIND, m.group(1));
        return m.group();
    }

    private static String applicationId(String applicationUrl) {
        Matcher m = APPLICATION_URL.matcher(applicationUrl);
        assertTrue(m.find());
        return m.group(2);
    }
}
