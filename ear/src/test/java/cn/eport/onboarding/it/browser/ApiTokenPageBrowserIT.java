package cn.eport.onboarding.it.browser;

import cn.eport.onboarding.it.api.ApiClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The API token page (/account/api-tokens; ADR 0030) as an enterprise user meets it: create a token,
 * see it once with its copy button, use it, find it listed by its start only, revoke it.
 */
class ApiTokenPageBrowserIT extends BrowserTestSupport {

    @Test
    void createSeeOnceUseAndRevoke() {
        loginAs("ent-a");
        browser.open("account/api-tokens");
        assertTrue(browser.find(By.id("api-tokens-intro")).getText().contains("API 令牌"));

        // the name is required: the field's message, nothing created
        browser.find(By.id("create:submit")).click();
        assertTrue(browser.find(By.cssSelector("#create .field-error")).getText().contains("令牌名称"));
        assertTrue(browser.driver().findElements(By.id("new-token-value")).isEmpty());

        String name = "ERP " + UUID.randomUUID().toString().substring(0, 8);
        browser.type("create:name", name);
        new Select(browser.find(By.id("create:days"))).selectByValue("90");
        browser.find(By.id("create:submit")).click();
        WebElement field = browser.find(By.id("new-token-value"));
        String token = field.getAttribute("value");
        assertTrue(token.matches("eport_[A-Za-z0-9_-]{43}"), token);
        assertTrue(field.getAttribute("readonly") != null);
        assertTrue(browser.find(By.cssSelector(".api-token-warning")).getText().contains("只显示这一次"));
        browser.find(By.id("copy-token")).click();
        Object selected = ((JavascriptExecutor) browser.driver()).executeScript(
                "var f = document.getElementById('new-token-value'); return f.selectionEnd - f.selectionStart;");
        assertEquals((long) token.length(), ((Number) selected).longValue(), "the whole token is selected for copying");
        assertEquals("", browser.find(By.id("create:name")).getAttribute("value"), "the form is ready for the next token");
        browser.screenshot("api-token-created");

        assertEquals(200, ApiClient.of(base, token).get("me").statusCode());

        // shown once: a reload lists the token by its start only
        browser.open("account/api-tokens");
        assertTrue(browser.driver().findElements(By.id("new-token-value")).isEmpty());
        assertFalse(browser.driver().getPageSource().contains(token));
        WebElement row = row(name);
        assertEquals(token.substring(0, 12) + "…", row.findElement(By.cssSelector(".token-prefix")).getText());
        assertEquals("ACTIVE", row.findElement(By.cssSelector(".token-status")).getAttribute("data-status"));
        assertFalse(row.findElement(By.cssSelector(".token-last-used")).getText().contains("从未使用"), "the use was noted");
        browser.screenshot("api-token-list");

        row.findElement(By.cssSelector(".action-revoke")).click();
        browser.find(By.id("tokens:confirm-yes")).click();
        browser.waitUntil(d -> "REVOKED".equals(row(name).findElement(By.cssSelector(".token-status")).getAttribute("data-status")));
        assertTrue(row(name).findElements(By.cssSelector(".action-revoke")).isEmpty());
        assertTrue(browser.find(By.id("tokens:messages")).getText().contains("令牌已撤销"));
        browser.screenshot("api-token-revoked");

        assertEquals(401, ApiClient.of(base, token).get("me").statusCode());
    }

    private static WebElement row(String name) {
        return browser.driver().findElements(By.cssSelector("#tokens\\:list tbody tr")).stream()
                .filter(r -> !r.findElements(By.cssSelector(".token-name")).isEmpty()
                        && r.findElement(By.cssSelector(".token-name")).getText().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no row for " + name));
    }
}
