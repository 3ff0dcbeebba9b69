package cn.eport.onboarding.it.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** F-70 on an entry form: Enter moves to the next field like Tab; Enter on a button presses it. */
class KeyboardBrowserIT extends BrowserTestSupport {

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

    private WebElement active() {
        return browser.driver().switchTo().activeElement();
    }

    private String focusedId() {
        return active().getAttribute("id");
    }
}
