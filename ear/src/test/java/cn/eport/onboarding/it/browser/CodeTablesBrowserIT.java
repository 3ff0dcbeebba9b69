package cn.eport.onboarding.it.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The code-table browser /codes/browse: administrators and reviewers read, enterprises are refused. */
class CodeTablesBrowserIT extends BrowserTestSupport {

    private static final By PAGE_REPORT = By.cssSelector("[id='browse:entries'] .ui-paginator-current");
    private static final By ROWS = By.cssSelector("[id='browse:entries'] tbody tr");

    @Test
    void adminPicksTheCustomsDistrictsSearchesAndPages() {
        openFromTheMenuAs("admin");

        pickTable("TAX_AUTHORITY");
        waitForReport("共 3339 条，第 1/167 页");
        assertEquals("00000000000", cell(0, 0));
        pickTable("CUSTOMS_DISTRICT");
        waitForReport("共 71 条，第 1/4 页");
        assertEquals("关区代码（主管海关/备案海关）", browser.find(By.id("entries-caption")).getText());
        assertEquals(20, rows().size());
        assertEquals("0100", cell(0, 0));
        assertEquals("北京关区", cell(0, 1));
        assertEquals("0701", cell(19, 0));
        browser.screenshot("codes-admin-customs-page1");

        browser.find(By.cssSelector("[id='browse:entries'] .ui-paginator-next")).click();
        waitForReport("共 71 条，第 2/4 页");
        assertEquals("0702", cell(0, 0), "the 21st code");
        browser.find(By.cssSelector("[id='browse:entries'] .ui-paginator-last")).click();
        waitForReport("共 71 条，第 4/4 页");
        assertEquals(11, rows().size());
        assertEquals("9900", cell(10, 0));
        browser.screenshot("codes-admin-customs-page4");

        search("02");
        waitForReport("共 8 条，第 1/1 页");
        assertEquals(List.of("0200", "0201", "0202", "0203", "0204", "0205", "0206", "0207"), column(0));
        search("天津");
        waitForReport("共 2 条，第 1/1 页");
        assertEquals(List.of("0200", "0201"), column(0));
        List<String> tianjinHaiguan = rowTexts(1);
        assertEquals(List.of("0201", "天津海关", "0200", "0200 天津数据分中心"), tianjinHaiguan.subList(0, 4),
                "code, name, parent, card issuer");
        assertEquals(List.of("长期有效", "是", "有效"), tianjinHaiguan.subList(5, 8), "open-ended, active, valid today");
        assertTrue(tianjinHaiguan.get(4).matches("\\d{4}-\\d{2}-\\d{2}"), tianjinHaiguan.get(4));
        browser.screenshot("codes-admin-customs-search");

        search("无此关区");
        waitForReport("共 0 条，第 1/1 页");
        assertEquals("没有符合条件的代码。", browser.find(ROWS).getText());
        browser.find(By.id("browse:reset")).click();
        waitForReport("共 71 条，第 1/4 页");
        assertEquals("", browser.find(By.id("browse:search")).getAttribute("value"));
    }

    @Test
    void theSuggestionOfTheChosenTableCanBeTried() {
        loginAs("admin");
        browser.open("codes/browse");
        waitForReport("共 71 条，第 1/4 页");
        WebElement input = browser.find(By.id("browse:try-code_input"));
        input.sendKeys("22");
        By items = By.cssSelector("[id='browse:try-code_panel'] li.ui-autocomplete-item");
        browser.waitUntil(d -> d.findElements(items).size() == 5);
        assertEquals(List.of("2200 上海海关", "2201 上海浦江海关", "2244 上海快件", "2248 洋山海关(港区)", "2249 洋山海关(保税)"),
                browser.driver().findElements(items).stream().map(WebElement::getText).toList());
        browser.screenshot("codes-admin-customs-suggest");
        browser.driver().findElements(items).get(3).click();
        browser.waitUntil(d -> "2248".equals(d.findElement(By.id("browse:try-code_hinput")).getAttribute("value")));
        assertEquals("2248 洋山海关(港区)", browser.find(By.id("browse:try-code_input")).getAttribute("value"));
    }

    @Test
    void reviewerReadsTheTablesAndFindsNothingToEdit() {
        openFromTheMenuAs("reviewer");
        pickTable("FOREX_BUREAU");
        waitForReport("共 364 条，第 1/19 页");
        assertEquals(List.of("110000", "国家外汇管理局北京市分局"), rowTexts(0).subList(0, 2));
        assertTrue(browser.driver().findElements(By.cssSelector(
                "[id='browse:entries'] tbody :is(input, button, select, textarea, a)")).isEmpty(), "no control in the rows");
        List<String> buttons = browser.driver().findElements(By.cssSelector("#content [type=submit]"))
                .stream().map(b -> b.getAttribute("id")).toList();
        assertEquals(List.of("browse:query", "browse:reset"), buttons, "searching is all a reviewer can do");
        browser.screenshot("codes-reviewer-forex");
    }

    @Test
    void enterpriseUsersAreRefused() {
        loginAs("ent-a");
        assertTrue(browser.driver().findElements(By.cssSelector("#menu a[data-menu='/codes/browse']")).isEmpty());
        assertEquals(403, browser.rawGet("codes/browse", browser.sessionId()).statusCode());
        assertEquals(403, browser.rawGet("codes/browse.xhtml", browser.sessionId()).statusCode());
        browser.open("codes/browse");
        assertTrue(browser.find(By.id("error-forbidden")).getText().contains("无权访问"));
        assertFalse(browser.driver().getPageSource().contains("关区代码"));
        browser.screenshot("codes-enterprise-forbidden");
    }

    private void openFromTheMenuAs(String username) {
        loginAs(username);
        browser.find(By.cssSelector("#menu a[data-menu='/codes/browse']")).click();
        browser.waitForPath("/codes/browse");
        assertEquals("参数表查询", browser.find(By.cssSelector("h1.page-title")).getText());
    }

    private void pickTable(String table) {
        new Select(browser.find(By.id("browse:table"))).selectByValue(table);
    }

    private void search(String text) {
        WebElement field = browser.find(By.id("browse:search"));
        field.clear();
        field.sendKeys(text);
        browser.find(By.id("browse:query")).click();
    }

    private void waitForReport(String text) {
        browser.waitUntil(d -> text.equals(d.findElement(PAGE_REPORT).getText()));
    }

    private List<WebElement> rows() {
        return browser.driver().findElements(ROWS);
    }

    private List<String> rowTexts(int row) {
        return rows().get(row).findElements(By.tagName("td")).stream().map(td -> td.getText().strip()).toList();
    }

    private String cell(int row, int column) {
        return rowTexts(row).get(column);
    }

    private List<String> column(int column) {
        return rows().stream().map(r -> r.findElements(By.tagName("td")).get(column).getText().strip()).toList();
    }
}
