package cn.eport.onboarding.it.browser;

import cn.eport.onboarding.it.TestData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** R-9 as administrators use it: open accounts, unlock them, set passwords. */
class AccountAdministrationBrowserIT extends BrowserTestSupport {


    @Test
    void adminFindsAccountsByUsernameOrEnterprise() {
        loginAsAdmin();
        browser.open("admin/accounts");
        assertTrue(usernamesShown().containsAll(List.of("admin", "ent-a", "ent-b", "reviewer", "batch")), usernamesShown().toString());
        browser.screenshot("admin-accounts");

        searchAndExpect("91310115MA1K4XYW7G", List.of("ent-b"));
        browser.find(By.id("accounts:reset")).click();
        browser.waitUntil(d -> usernamesShown().size() >= 5);
    }

    @Test
    void adminOpensAnEnterpriseAccountAfterFixingEveryProblemShown() {
        String username = TestData.newUsername("qy");
        String uscc = TestData.newUscc();
        loginAsAdmin();
        browser.open("admin/account-new");
        browser.type("account:username", username);
        browser.type("account:displayName", "测试企业操作员");
        new Select(browser.find(By.id("account:role"))).selectByValue("ENTERPRISE");
        browser.type("account:uscc", uscc.substring(0, 17) + (uscc.endsWith("0") ? "1" : "0"));
        browser.type("account:enterpriseName", "测试开户企业有限公司");
        browser.type("account:legalPerson", "王五");
        browser.type("account:password", "short");
        browser.type("account:confirmation", "different");
        browser.find(By.id("account:save")).click();

        // the answer replaces the page: read the summary of the new one
        String summary = browser.waitUntil(d -> {
            String text = d.findElement(By.id("account:summary")).getText();
            return text.contains("密码太短") ? text : null;
        });
        assertTrue(summary.contains("两次输入的密码不一致"), summary);
        assertEquals(username, browser.find(By.id("account:username")).getAttribute("value"), "typed data is kept");
        browser.screenshot("admin-account-new-errors");

        browser.type("account:password", "Qiye#2026x");
        browser.type("account:confirmation", "Qiye#2026x");
        browser.find(By.id("account:save")).click();
        browser.waitUntil(d -> d.findElement(By.id("account:summary")).getText().contains("统一社会信用代码无效"));

        browser.type("account:uscc", uscc);
        browser.type("account:password", "Qiye#2026x");
        browser.type("account:confirmation", "Qiye#2026x");
        browser.find(By.id("account:save")).click();
        browser.waitForPath("/admin/accounts");
        assertTrue(browser.find(By.id("accounts:messages")).getText().contains(username));

        browser.driver().manage().deleteAllCookies();
        browser.login(username, "Qiye#2026x");
        browser.waitForPath("/eport/");
        assertEquals(uscc, browser.find(By.id("enterprise-uscc")).getText());
        assertEquals("测试开户企业有限公司", browser.find(By.id("enterprise-name")).getText());
    }

    @Test
    void adminUnlocksALockedAccountAndSetsANewPassword() {
        String username = TestData.newUsername("lock");
        loginAsAdmin();
        Accounts.openReviewer(browser, username, "锁定测试", "Lock#2026x");

        browser.driver().manage().deleteAllCookies();
        for (int i = 0; i < 5; i++) {
            browser.login(username, "wrong-" + i);
            browser.find(By.id("login:messages"));
        }
        browser.login(username, "Lock#2026x");
        assertTrue(browser.find(By.id("login:messages")).getText().startsWith("登录失败"), "locked: the right password is refused");

        loginAsAdmin();
        browser.open("admin/accounts");
        searchAndExpect(username, List.of(username));
        WebElement row = browser.find(By.xpath("//tr[.//span[@class='account-username' and text()='" + username + "']]"));
        assertTrue(row.getText().contains("锁定至"), row.getText());
        browser.screenshot("admin-account-locked");
        row.findElement(By.cssSelector("input.unlock")).click();
        browser.waitUntil(d -> d.findElement(By.id("accounts:messages")).getText().contains("已解锁"));
        assertTrue(browser.find(By.xpath("//tr[.//span[text()='" + username + "']]")).getText().contains("正常"));

        browser.open("admin/account-password?username=" + username);
        browser.type("password-form:password", "Neue#2026y");
        browser.type("password-form:confirmation", "Neue#2026y");
        browser.find(By.id("password-form:save")).click();
        browser.waitForPath("/admin/accounts");

        browser.driver().manage().deleteAllCookies();
        browser.login(username, "Neue#2026y");
        browser.waitForPath("/eport/");
        assertTrue(browser.find(By.id("current-user")).isDisplayed());
    }

    private void loginAsAdmin() {
        loginAs("admin");
    }

    private void searchAndExpect(String text, List<String> usernames) {
        browser.type("accounts:search", text);
        browser.find(By.id("accounts:query")).click();
        browser.waitUntil(d -> usernamesShown().equals(usernames));
    }

    private List<String> usernamesShown() {
        return browser.driver().findElements(By.cssSelector("#accounts\\:list .account-username")).stream()
                .map(WebElement::getText).toList();
    }
}
