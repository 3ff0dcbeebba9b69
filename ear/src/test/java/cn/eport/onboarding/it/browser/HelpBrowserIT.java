package cn.eport.onboarding.it.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** F-80: the help page for buying the security device, for every user. */
class HelpBrowserIT extends BrowserTestSupport {

    @Test
    void showsTheShopTheStepsAndTheConfiguredHotlines() {
        loginAs("ent-a");
        browser.find(By.cssSelector("#menu a[data-menu='/help/security-device']")).click();
        browser.waitForPath("/help/security-device");

        assertEquals("http://th-mall.cn/", browser.find(By.id("shop-link")).getAttribute("href"));
        assertEquals(7, browser.driver().findElements(By.cssSelector(".help-steps > li")).size());
        assertTrue(browser.find(By.id("security-device")).getText().contains("满洲里数据分中心"));
        List<String> hotlines = browser.driver().findElements(By.cssSelector("#hotlines a.hotline")).stream()
                .map(WebElement::getText).toList();
        assertEquals(List.of("0470-2299089", "0470-2299090"), hotlines);
        assertEquals("tel:0470-2299089", browser.find(By.cssSelector("#hotlines a.hotline")).getAttribute("href"));
        browser.screenshot("help-security-device");
    }

    @Test
    void staffMayReadItToo() {
        loginAs("reviewer");
        browser.open("help/security-device");
        assertTrue(browser.find(By.id("hotlines")).getText().contains("0470-2299090"));
    }
}
