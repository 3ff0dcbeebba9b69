package cn.eport.onboarding.it.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * F-70 on every form (resources/js/keyboard.js): Enter moves to the next field like Tab and
 * presses a button; Up/Down choose in drop-downs and suggestion lists; Enter takes the highlighted
 * suggestion; Ctrl+Enter breaks the line in a multi-line field, where Enter moves on too. The
 * reviewer's 退回原因 dialog is walked in ReviewConsoleBrowserIT.
 */
class KeyboardBrowserIT extends BrowserTestSupport {

    private static final String SUGGESTIONS = "[id='reg:customsDistrict_panel'] .ui-autocomplete-item";

    @Test
    void enterMovesThroughTheFieldsAndPressesTheButtonAtTheEnd() {
        loginAs("admin");
        browser.open("admin/account-new");
        WebElement username = browser.find(By.id("account:username"));
        username.sendKeys("kbd-user", Keys.ENTER);
        assertEquals("account:displayName", focusedId(), "Enter moved on instead of submitting");
        assertTrue(browser.driver().findElements(By.cssSelector("#account\\:summary li")).isEmpty(), "nothing submitted");

        active().sendKeys("键盘测试", Keys.ENTER);
        assertEquals("account:role", focusedId());
        active().sendKeys(Keys.ENTER);
        assertEquals("account:uscc", focusedId());
        active().sendKeys(Keys.ENTER);
        active().sendKeys(Keys.ENTER);
        active().sendKeys(Keys.ENTER);
        assertEquals("account:password", focusedId());
        active().sendKeys(Keys.ENTER);
        active().sendKeys(Keys.ENTER);
        assertEquals("account:save", focusedId());

        active().sendKeys(Keys.ENTER);
        browser.waitUntil(d -> !d.findElements(By.cssSelector("#account\\:summary li")).isEmpty());
        assertEquals("kbd-user", browser.find(By.id("account:username")).getAttribute("value"), "typed data kept");
    }

    /** Not only the entry forms: a query form's Enter moves on to 查询 instead of submitting from the field. */
    @Test
    void enterMovesOnInAQueryFormToo() {
        loginAs("admin");
        browser.open("admin/accounts");
        WebElement search = browser.find(By.id("accounts:search"));
        search.sendKeys("kbd", Keys.ENTER);
        assertEquals("accounts:query", focusedId(), "Enter moved to 查询");
        assertFalse(Forms.isReplaced(search), "and sent nothing");
        active().sendKeys(Keys.ENTER);
        browser.waitUntil(ExpectedConditions.stalenessOf(search));
        assertEquals("kbd", value("accounts:search"), "Enter on 查询 pressed it");
    }

    @Test
    void upAndDownChooseInADropDownThatReRendersItsDependentsAndEnterMovesOn() {
        openRegistrationForm();
        WebElement legalPersonType = browser.find(By.id("reg:legalPersonType"));
        focus(legalPersonType);
        legalPersonType.sendKeys(Keys.ARROW_DOWN);
        browser.waitForAjax();
        assertEquals("1", value("reg:legalPersonType"), "Down chose the first type");
        assertEquals("reg:legalPersonType", focusedId(), "the drop-down kept the focus");

        active().sendKeys(Keys.ARROW_DOWN);
        browser.waitUntil(d -> !d.findElement(By.id("reg:taxAuthority_input")).isEnabled());
        browser.waitForAjax();
        assertEquals("2", value("reg:legalPersonType"), "a second Down goes on: 事业单位");
        assertEquals("reg:legalPersonType", focusedId());
        assertFalse(Forms.isReplaced(legalPersonType), "only what depends on the choice is rendered anew");

        active().sendKeys(Keys.ARROW_UP);
        browser.waitUntil(d -> d.findElement(By.id("reg:taxAuthority_input")).isEnabled());
        browser.waitForAjax();
        assertEquals("1", value("reg:legalPersonType"), "Up goes back");
        assertEquals("reg:legalPersonType", focusedId());

        active().sendKeys(Keys.ENTER);
        assertEquals("reg:enterpriseType", focusedId(), "Enter in a drop-down moves on");
    }

    @Test
    void upAndDownMoveInTheSuggestionListAndEnterTakesTheHighlightedSuggestionOnly() {
        openRegistrationForm();
        String url = browser.driver().getCurrentUrl();
        WebElement district = browser.find(By.id("reg:customsDistrict_input"));
        district.click();
        district.sendKeys("02");
        browser.waitUntil(d -> d.findElements(By.cssSelector(SUGGESTIONS)).stream().anyMatch(WebElement::isDisplayed));
        assertEquals("0200", highlighted(), "the first suggestion is highlighted");

        district.sendKeys(Keys.ARROW_DOWN);
        assertEquals("0201", highlighted());
        district.sendKeys(Keys.ARROW_DOWN);
        assertEquals("0202", highlighted());
        district.sendKeys(Keys.ARROW_UP);
        assertEquals("0201", highlighted());

        district.sendKeys(Keys.ENTER);
        browser.waitUntil(d -> "0201".equals(value("reg:customsDistrict_input")));
        browser.waitUntil(d -> d.findElements(By.cssSelector(SUGGESTIONS)).stream().noneMatch(WebElement::isDisplayed));
        assertEquals("reg:customsDistrict_input", focusedId(), "taking the suggestion does not also move on");
        assertEquals(url, browser.driver().getCurrentUrl(), "nor submit the form");
        assertTrue(browser.driver().findElements(By.id("error-summary")).isEmpty(), "nothing was declared");
        browser.waitUntil(d -> "0200".equals(value("reg:cardIssuer")));

        active().sendKeys(Keys.ENTER);
        assertEquals("reg:registeredAddress", focusedId(), "the next Enter moves on, past the read-only 发卡机构代码");
    }

    @Test
    void enterTypedBeforeTheSuggestionsCameMovesOnAndNoListOpensBehindTheUser() {
        openRegistrationForm();
        WebElement district = browser.find(By.id("reg:customsDistrict_input"));
        district.click();
        district.sendKeys("0100", Keys.ENTER);
        assertEquals("reg:registeredAddress", focusedId());
        sleep(1500);
        assertTrue(browser.driver().findElements(By.cssSelector(SUGGESTIONS)).stream().noneMatch(WebElement::isDisplayed),
                "no suggestion list over the field the user is in now");
        assertEquals("0100", value("reg:customsDistrict_input"), "what was typed stays");
    }

    /**
     * No entry form has a multi-line field yet (the reviewer's return reason will be one), so the test
     * puts a text area into the real 三证合一 form, where the page's own script handles its keys.
     */
    @Test
    void inATextAreaCtrlEnterBreaksTheLineAndEnterMovesOn() {
        openRegistrationForm();
        ((JavascriptExecutor) browser.driver()).executeScript("var area = document.createElement('textarea');"
                + "area.id = 'kbd-notes';"
                + "document.querySelector(\"[data-field='contactName']\").after(area);");
        WebElement area = browser.find(By.id("kbd-notes"));
        area.sendKeys("第一行");
        area.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        area.sendKeys("第二行");
        assertEquals("第一行\n第二行", area.getAttribute("value"), "Ctrl+Enter inserted a line break");
        assertEquals("kbd-notes", focusedId());

        area.sendKeys(Keys.ENTER);
        assertEquals("第一行\n第二行", area.getAttribute("value"), "Enter added no line");
        assertEquals("reg:contactPhone", focusedId(), "Enter moved to the next field");
    }

    @Test
    void enterOnAButtonPressesIt() {
        openRegistrationForm();
        focus(browser.find(By.id("reg:contactPhone")));
        active().sendKeys(Keys.ENTER);
        assertEquals("reg:save-draft", focusedId());
        active().sendKeys(Keys.ENTER);
        WebElement confirm = browser.find(By.id("reg:confirm"));
        assertTrue(confirm.getText().contains("确定暂存"), "暂存 asks for confirmation: " + confirm.getText());
        browser.find(By.id("reg:confirm-no")).click();
        browser.waitUntil(ExpectedConditions.invisibilityOf(confirm));
    }

    private void openRegistrationForm() {
        loginAs("ent-b");
        browser.open("enterprise/registration-edit");
        browser.find(By.id("backfill-none"));
    }

    private String highlighted() {
        List<WebElement> items = browser.driver().findElements(By.cssSelector(SUGGESTIONS + ".ui-state-highlight"));
        assertEquals(1, items.size(), "one highlighted suggestion");
        return items.get(0).getText().substring(0, 4);
    }

    private String value(String id) {
        return browser.driver().findElement(By.id(id)).getAttribute("value");
    }

    private void focus(WebElement element) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].focus();", element);
    }

    private WebElement active() {
        return browser.driver().switchTo().activeElement();
    }

    private String focusedId() {
        return active().getAttribute("id");
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
