package cn.eport.onboarding.it.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The 三证合一 list (F-10, F-11) as enterprise staff use it: this enterprise's records only, newest
 * first, ten to a page; query by status and by 提交日期 (the day of 申报); a start after the end is
 * refused with a message and leaves the list as it was; 【重置】 brings back every record.
 * As an enterprise of its own with eleven drafts and one declared record.
 */
class RegistrationListBrowserIT extends BrowserTestSupport {

    private static final int DRAFTS = 11;

    private Forms forms() {
        return new Forms(browser);
    }

    private List<WebElement> rows() {
        return forms().rows("query:records");
    }

    private List<String> contactsShown() {
        return rows().stream().map(WebElement::getText).toList();
    }

    /** Clicks a button that redraws the table by ajax and waits for the new table. */
    private void redrawBy(String buttonId) {
        WebElement table = browser.find(By.id("query:records"));
        browser.find(By.id(buttonId)).click();
        browser.waitUntil(d -> Forms.isReplaced(table));
    }

    @Test
    void queryByStatusAndDeclarationDateWithPagingAndReset() {
        String username = newEnterpriseUser("list", "列表测试贸易有限公司", "钱七");
        loginAs(username);

        browser.open("enterprise/registration-edit");
        RegistrationForm.fillByHand(browser, "01", "0100", "已申报联系人");
        RegistrationForm.declare(browser);
        String declared = Forms.recordId(rows().get(0));
        assertEquals(Forms.number("SZ", declared), Forms.recordNumber(rows().get(0)), "the 编号 tells kind, year and id");
        for (int i = 1; i <= DRAFTS; i++) {
            RegistrationForm.saveNewDraft(browser, "草稿" + i);
        }

        // ten to a page, newest change first; the second page holds the other two
        assertEquals(10, rows().size());
        assertTrue(rows().get(0).getText().contains("暂存"), rows().get(0).getText());
        WebElement report = browser.find(By.cssSelector("[id='query:records'] .ui-paginator-current"));
        assertEquals("1–10 / 12", report.getText(), "records 1 to 10 of 12");
        browser.screenshot("registration-list-page-1");
        String firstPage = report.getText();
        browser.find(By.cssSelector("[id='query:records'] .ui-paginator-next")).click();
        browser.waitUntil(d -> !d.findElement(By.cssSelector("[id='query:records'] .ui-paginator-current")).getText().equals(firstPage));
        browser.waitUntil(d -> rows().size() == 2);
        assertEquals("11–12 / 12", browser.find(By.cssSelector("[id='query:records'] .ui-paginator-current")).getText());
        assertTrue(Forms.recordId(rows().get(1)).equals(declared), "the oldest change last");

        // by status
        new Select(browser.find(By.id("query:status"))).selectByValue("DECLARED");
        redrawBy("query:search");
        assertEquals(1, rows().size(), contactsShown().toString());
        assertEquals(declared, Forms.recordId(rows().get(0)));
        new Select(browser.find(By.id("query:status"))).selectByValue("DRAFT");
        redrawBy("query:search");
        assertEquals(10, rows().size(), "a page of the eleven drafts");
        assertTrue(rows().stream().allMatch(r -> r.getText().contains("暂存")));

        // by the day of 申报: drafts have none, so only the declared record is of today
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        new Select(browser.find(By.id("query:status"))).selectByValue("");
        forms().date("query:from", today);
        forms().date("query:to", today);
        redrawBy("query:search");
        assertEquals(1, rows().size(), contactsShown().toString());
        String tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1).toString();
        forms().date("query:from", tomorrow);
        forms().date("query:to", "");
        redrawBy("query:search");
        assertEquals(0, rows().size(), "nothing declared from tomorrow on");

        // a start after the end: a message, and the list stays as it was
        forms().date("query:from", today);
        redrawBy("query:search");
        assertEquals(1, rows().size());
        forms().date("query:from", tomorrow);
        forms().date("query:to", today);
        browser.find(By.id("query:search")).click();
        browser.waitUntil(d -> d.findElement(By.id("query:messages")).getText().contains("提交日期不能晚于截止日期"));
        assertEquals(1, rows().size(), "no query: the list is unchanged");
        browser.screenshot("registration-list-date-range-refused");

        redrawBy("query:reset");
        assertEquals("", new Select(browser.find(By.id("query:status"))).getFirstSelectedOption().getAttribute("value"), "全部");
        assertEquals("", forms().value("query:from"));
        assertEquals("", forms().value("query:to"));
        assertEquals(10, rows().size(), "every record again, first page");
        assertEquals("1–10 / 12", browser.find(By.cssSelector("[id='query:records'] .ui-paginator-current")).getText());
    }
}
