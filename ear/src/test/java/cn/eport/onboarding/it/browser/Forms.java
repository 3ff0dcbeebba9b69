package cn.eport.onboarding.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.List;

/** What browser tests do on the entry forms and list pages beyond typing ({@link Browser#type}): choose, confirm, read colours and rows. */
final class Forms {

    private final Browser browser;

    Forms(Browser browser) {
        this.browser = browser;
    }

    void choose(String selectId, String value) {
        new Select(browser.find(By.id(selectId))).selectByValue(value);
    }

    /** Chooses in a drop-down whose change re-renders the fields that depend on it (an ajax round trip), and waits for them. */
    void chooseAndWait(String selectId, String value) {
        new Select(browser.find(By.id(selectId))).selectByValue(value);
        browser.waitForAjax();
    }

    /** True once the element's page or part of it was replaced. */
    static boolean isReplaced(WebElement element) {
        try {
            element.isDisplayed();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        }
    }

    String value(String id) {
        return browser.find(By.id(id)).getAttribute("value");
    }

    /** A date input (type=date) set as the browser's date picker would. */
    void date(String id, String isoDate) {
        ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, isoDate);
    }

    /** The colour kind of the field rendered by the field tag: required, backfilled, greyed or optional. */
    String kind(String field) {
        String classes = browser.find(By.cssSelector("[data-field='" + field + "']")).getAttribute("class");
        return classes.replaceAll(".*field-(required|backfilled|greyed|optional).*", "$1");
    }

    /** Clicks a button guarded by a confirmation dialog, checks the dialog's question and answers it. */
    void confirm(String buttonId, String formId, String question, boolean yes) {
        confirm(browser.find(By.id(buttonId)), formId, question, yes);
    }

    void confirm(WebElement button, String formId, String question, boolean yes) {
        button.click();
        WebElement dialog = browser.find(By.id(formId + ":confirm"));
        browser.waitUntil(d -> dialog.getText().contains(question));
        browser.find(By.id(formId + (yes ? ":confirm-yes" : ":confirm-no"))).click();
    }

    /** The 办理记录 of the page, a line per change, oldest first: who (the display name) · what happened. */
    List<String> history() {
        return browser.driver().findElements(By.cssSelector("#history .history-entry")).stream()
                .map(e -> e.findElement(By.cssSelector(".history-actor")).getText() + " · "
                        + e.findElement(By.cssSelector(".history-what")).getText()).toList();
    }

    /** The 编号 an application created today has (ApplicationNumber): its kind's prefix, the Beijing year and its id. */
    static String number(String prefix, String id) {
        return String.format("%s%d-%06d", prefix, java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear(), Long.parseLong(id));
    }

    /** The id of the application a list row shows (its 编号 cell carries it). */
    static String recordId(WebElement row) {
        return row.findElement(By.cssSelector(".record-number")).getAttribute("data-id");
    }

    /** The 编号 a list row shows. */
    static String recordNumber(WebElement row) {
        return row.findElement(By.cssSelector(".record-number")).getText();
    }

    /** The rows of a lazy data table, without the "no records" row. */
    List<WebElement> rows(String tableId) {
        return browser.driver().findElements(By.cssSelector("[id='" + tableId + "_data'] tr")).stream()
                .filter(r -> !r.getAttribute("class").contains("ui-datatable-empty-message")).toList();
    }
}
