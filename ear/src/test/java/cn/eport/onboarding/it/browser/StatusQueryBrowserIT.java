package cn.eport.onboarding.it.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 业务办理状态查询 (F-60, F-61) as enterprise staff use it: 三证合一 and 补办法人卡 in one list, the
 * status and date query, 【重置】, the actions each status allows, and 删除 of a draft after
 * confirmation. As ent-forex-dereg, whose records no other test touches (it has the demo data's approved
 * 三证合一 record, 主管海关 2900, which the card takes).
 */
class StatusQueryBrowserIT extends BrowserTestSupport {

    private static final String USER = "ent-forex-dereg";

    private Forms forms() {
        return new Forms(browser);
    }

    /** A 三证合一 draft naming 主管海关 0604, saved through its form; returns its id. */
    private String registrationDraft() {
        browser.open("enterprise/registration-edit");
        Forms form = forms();
        browser.type("reg:contactName", "刘洋");
        browser.suggestAndPick("reg:customsDistrict_input", null, "060", "0604");
        form.confirm("reg:save-draft", "reg", "确定暂存", true);
        browser.waitForPath("/enterprise/registrations");
        return Forms.recordId(forms().rows("query:records").get(0));
    }

    private List<WebElement> rows() {
        return forms().rows("query:records");
    }

    private WebElement row(String kind, String id) {
        return rows().stream().filter(r -> !r.findElements(By.cssSelector("[data-kind='" + kind + "']")).isEmpty())
                .filter(r -> Forms.recordId(r).equals(id)).findFirst().orElse(null);
    }

    private void search() {
        WebElement table = browser.find(By.id("query:records"));
        browser.find(By.id("query:search")).click();
        browser.waitUntil(d -> Forms.isReplaced(table));
    }

    @Test
    void bothKindsInOneListWithTheQueryTheResetAndTheActionsOfEachStatus() {
        loginAs(USER);
        String registration = registrationDraft();

        browser.open("enterprise/status");
        browser.find(By.id("query:new-card")).click();
        browser.waitForPath("/enterprise/legal-person-card-edit");
        Forms form = forms();
        assertEquals("backfilled", form.kind("customsDistrict"), "the district comes from the approved 三证合一 record, not the draft");
        assertFalse(browser.find(By.id("card:customsDistrict_input")).isEnabled());
        assertEquals("2900", form.value("card:customsDistrict_input"), "ent-forex-dereg's demo record: 杭州关区");
        assertEquals("2900", form.value("card:cardIssuer"));
        assertTrue(browser.find(By.id("district-note")).getText().contains("取自本企业的三证合一信息"));
        form.chooseAndWait("card:reason", "DAMAGED");
        form.choose("card:idType", "201");
        browser.type("card:idNumber", "110101199003071233");
        browser.type("card:contactName", "刘洋");
        browser.type("card:contactPhone", "0571-87654321");
        form.confirm("card:declare", "card", "确定申报补办法人卡申请吗", true);
        browser.waitForPath("/enterprise/status");
        String card = Forms.recordId(rows().get(0));

        WebElement cardRow = row("LEGAL_PERSON_CARD", card);
        WebElement registrationRow = row("ENTERPRISE_REGISTRATION", registration);
        assertTrue(cardRow.getText().contains("补办法人卡") && cardRow.getText().contains("申报"), cardRow.getText());
        assertTrue(registrationRow.getText().contains("三证合一") && registrationRow.getText().contains("暂存"), registrationRow.getText());
        assertEquals(Forms.number("BK", card), Forms.recordNumber(cardRow), "a 补办法人卡 has its own 编号");
        assertEquals(Forms.number("SZ", registration), Forms.recordNumber(registrationRow), "a 三证合一 record too, even with the same id");
        assertEquals(List.of("查看"), actions(cardRow), "declared: view only");
        assertEquals(List.of("查看", "修改", "删除"), actions(registrationRow), "draft: view, modify, delete");
        browser.screenshot("status-both-kinds");

        new Select(browser.find(By.id("query:status"))).selectByValue("DRAFT");
        search();
        assertTrue(rows().stream().allMatch(r -> r.getText().contains("暂存")), "drafts only");
        assertTrue(row("ENTERPRISE_REGISTRATION", registration) != null);
        assertTrue(row("LEGAL_PERSON_CARD", card) == null, "the declared card is filtered out");
        int filtered = rows().size();

        forms().date("query:from", "2026-12-31");
        forms().date("query:to", "2026-01-01");
        browser.find(By.id("query:search")).click();
        browser.waitUntil(d -> d.findElement(By.id("query:messages")).getText().contains("提交日期不能晚于截止日期"));
        assertEquals(filtered, rows().size(), "no query: the list is unchanged");
        assertTrue(row("LEGAL_PERSON_CARD", card) == null);
        browser.screenshot("status-date-range-refused");

        WebElement table = browser.find(By.id("query:records"));
        browser.find(By.id("query:reset")).click();
        browser.waitUntil(d -> Forms.isReplaced(table));
        assertEquals("", new Select(browser.find(By.id("query:status"))).getFirstSelectedOption().getAttribute("value"), "全部");
        assertEquals("", forms().value("query:from"));
        assertEquals("", forms().value("query:to"));
        assertTrue(row("LEGAL_PERSON_CARD", card) != null, "both kinds again");
        assertTrue(row("ENTERPRISE_REGISTRATION", registration) != null);
        assertTrue(browser.driver().findElements(By.id("query:messages")).stream().noneMatch(m -> m.getText().contains("起始日期")),
                "the message went with the reset");

        row("ENTERPRISE_REGISTRATION", registration).findElement(By.cssSelector(".action-modify")).click();
        browser.waitForPath("/enterprise/registration-edit?id=" + registration);
        browser.open("enterprise/status");
        row("LEGAL_PERSON_CARD", card).findElement(By.cssSelector(".action-view")).click();
        browser.waitForPath("/enterprise/legal-person-card-view?id=" + card);
    }

    @Test
    void aDraftIsDeletedOnlyAfterConfirmation() {
        loginAs(USER);
        String registration = registrationDraft();
        browser.open("enterprise/status");
        Forms form = forms();

        form.confirm(row("ENTERPRISE_REGISTRATION", registration).findElement(By.cssSelector(".action-delete")), "query",
                "确定删除这条暂存记录吗", false);
        browser.waitUntil(d -> !d.findElement(By.id("query:confirm")).isDisplayed());
        assertTrue(row("ENTERPRISE_REGISTRATION", registration) != null, "取消 keeps it");

        form.confirm(row("ENTERPRISE_REGISTRATION", registration).findElement(By.cssSelector(".action-delete")), "query",
                "确定删除这条暂存记录吗", true);
        browser.waitUntil(d -> d.findElement(By.id("query:messages")).getText().contains("记录已删除"));
        assertTrue(row("ENTERPRISE_REGISTRATION", registration) == null, "gone from the list");
        assertEquals(404, browser.rawGet("enterprise/registration-view?id=" + registration, browser.sessionId()).statusCode(),
                "and gone for good");
        browser.screenshot("status-after-delete");
    }

    private static List<String> actions(WebElement row) {
        return row.findElements(By.cssSelector(".actions a, .actions button")).stream().map(e -> e.getText().strip())
                .filter(t -> !t.isEmpty()).toList();
    }
}
