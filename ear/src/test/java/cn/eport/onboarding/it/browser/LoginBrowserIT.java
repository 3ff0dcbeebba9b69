package cn.eport.onboarding.it.browser;

import cn.eport.onboarding.it.HttpSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** F-1, F-2, F-3, X-1 as an enterprise user sees them in Chromium. */
class LoginBrowserIT extends BrowserTestSupport {

    static final String GENERIC_FAILURE = "登录失败：用户名或密码不正确。连续 5 次登录失败后，账户将被锁定 15 分钟。";
    static final List<String> ENTERPRISE_FUNCTIONS = List.of("/enterprise/registrations", "/enterprise/mofcom-filing",
            "/enterprise/customs-filing", "/enterprise/forex-filing", "/enterprise/operators", "/enterprise/status",
            "/account/api-tokens", "/help/security-device");

    @BeforeEach
    void onTheLoginPageWithDefaultMenu() {
        browser.open("login");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("localStorage.clear()");
    }

    @Test
    void enterpriseUserSeesEveryFunctionInTheMenu() {
        loginAs("ent-a");
        assertTrue(browser.find(By.id("current-user")).getText().contains("张伟"));
        assertEquals("91110108MA01ABCD5T", browser.find(By.id("enterprise-uscc")).getText());
        for (String path : ENTERPRISE_FUNCTIONS) {
            WebElement link = browser.find(By.cssSelector("#menu a[data-menu='" + path + "']"));
            assertTrue(link.isDisplayed(), path);
            assertFalse(link.getText().isBlank(), path);
        }
        assertEquals("三证合一信息管理",
                browser.find(By.cssSelector("#menu a[data-menu='/enterprise/registrations']")).getText());
        assertTrue(browser.driver().findElements(By.cssSelector("#menu a[data-menu^='/review/']")).isEmpty());
        browser.screenshot("enterprise-home");

        browser.find(By.cssSelector("#menu a[data-menu='/enterprise/operators']")).click();
        browser.waitForPath("/enterprise/operators");
        assertTrue(browser.find(By.id("query:new")).isDisplayed(), "every menu entry leads to its function");
        browser.screenshot("enterprise-operators-from-menu");
    }

    @Test
    void menuCollapsesToFirstLevelIconsAndExpandsAgain() {
        loginAs("ent-a");
        WebElement menu = browser.find(By.id("menu"));
        WebElement subItem = browser.find(By.cssSelector("#menu a[data-menu='/enterprise/operators']"));
        int expandedWidth = menu.getSize().getWidth();

        browser.find(By.id("menu-toggle")).click();
        waitForWidthBelow(menu, 80);
        assertFalse(subItem.isDisplayed(), "second level hidden when collapsed");
        List<WebElement> icons = browser.driver().findElements(By.cssSelector("#menu .menu-first > i.pi:first-child"));
        assertTrue(icons.size() >= 4, "first-level icons: " + icons.size());
        icons.forEach(icon -> assertTrue(icon.isDisplayed()));
        browser.driver().findElements(By.cssSelector("#menu .menu-label")).forEach(l -> assertFalse(l.isDisplayed()));
        browser.screenshot("menu-collapsed");

        browser.driver().navigate().refresh();
        menu = browser.find(By.id("menu"));
        waitForWidthBelow(menu, 80);

        browser.find(By.id("menu-toggle")).click();
        WebElement expanded = menu;
        browser.waitUntil(d -> expanded.getSize().getWidth() >= expandedWidth);
        assertTrue(browser.find(By.cssSelector("#menu a[data-menu='/enterprise/operators']")).isDisplayed());
        browser.screenshot("menu-expanded");
    }

    @Test
    void logoutEndsTheSessionAndBackShowsTheLoginPage() {
        loginAs("ent-a");
        String session = browser.sessionId();
        assertNotNull(session);
        assertEquals(200, browser.rawGet("", session).statusCode(), "the session works before logout");

        browser.find(By.id("header:logout")).click();
        browser.waitForPath("/login");
        assertTrue(browser.showsLoginForm());

        WebElement afterLogout = browser.find(By.id("login:username"));
        browser.driver().navigate().back();
        browser.waitUntil(ExpectedConditions.stalenessOf(afterLogout));
        browser.waitForPath("/eport/login");
        assertTrue(browser.showsLoginForm(), "back leads to the login form, no page of the old session");
        browser.screenshot("after-logout-back");

        assertTrue(HttpSession.sendsToLogin(browser.rawGet("", session)), "the old session no longer opens pages");
        assertTrue(HttpSession.sendsToLogin(browser.rawGet("enterprise/status", session)));
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameGenericMessage() {
        browser.login("ent-b", "not-the-password");
        String wrongPassword = browser.find(By.id("login:messages")).getText();
        browser.screenshot("login-failed");
        browser.login("no-such-user", PASSWORD);
        String unknownUser = browser.find(By.id("login:messages")).getText();

        assertEquals(GENERIC_FAILURE, wrongPassword);
        assertEquals(wrongPassword, unknownUser);
        assertTrue(browser.driver().getCurrentUrl().endsWith("/login"));
        browser.login("ent-b", PASSWORD);
        browser.waitForPath("/eport/");
    }

    @Test
    void loginIssuesANewSessionIdAndContinuesToThePageAskedFor() {
        browser.open("enterprise/status");
        browser.waitForPath("/eport/login?continue=%2Feport%2Fenterprise%2Fstatus");
        assertTrue(browser.showsLoginForm(), "a protected page asks for login first");
        String before = browser.sessionId();
        assertNotNull(before, "a session exists before login (it keeps the login form's view state)");
        browser.find(By.id("login:username")).sendKeys("ent-a");
        browser.driver().findElement(By.id("login:password")).sendKeys(PASSWORD);
        browser.driver().findElement(By.id("login:submit")).click();

        browser.waitForPath("/enterprise/status");
        assertEquals("业务办理状态查询", browser.find(By.cssSelector("h1.page-title")).getText());
        assertNotEquals(before, browser.sessionId());
        assertTrue(HttpSession.sendsToLogin(browser.rawGet("", before)), "the pre-login id is not logged in");
        assertEquals(200, browser.rawGet("", browser.sessionId()).statusCode());
    }

    @Test
    void chineseByDefaultEnglishOnRequest() {
        assertEquals("登录", browser.find(By.id("login:submit")).getAttribute("value"));
        browser.find(By.id("language:lang-en")).click();
        browser.waitUntil(d -> "Sign in".equals(d.findElement(By.id("login:submit")).getAttribute("value")));
        browser.screenshot("login-english");
        browser.login("ent-a", PASSWORD); // keeps the language cookie
        browser.waitForPath("/eport/");
        assertEquals("Log out", browser.find(By.id("header:logout")).getAttribute("value"));
        assertEquals("Business licence information (三证合一)",
                browser.find(By.cssSelector("#menu a[data-menu='/enterprise/registrations']")).getText());
        browser.screenshot("home-english");
        browser.find(By.id("header:lang-zh")).click();
        browser.waitUntil(d -> "退出登录".equals(d.findElement(By.id("header:logout")).getAttribute("value")));
    }

    private void waitForWidthBelow(WebElement element, int width) {
        browser.waitUntil(d -> element.getSize().getWidth() < width);
    }
}
