package cn.eport.onboarding.it.browser;

import cn.eport.onboarding.it.HttpSession;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Nothing typed is lost, even to a timeout (issue 12 item 4): what the user types into an entry form
 * is kept on the server while they type and when the timeout warning shows; once the session is gone
 * (ended on the server, as a timeout ends it) and the user has logged in again, the form they were on
 * offers the input back, restores every kind of field (select, code suggestion, amount, date, text)
 * and the user saves it as usual. Another user is never offered it.
 */
class SessionTimeoutRestoreBrowserIT extends BrowserTestSupport {

    private static final By STATE = By.id("autosave-state");
    private static final By OFFER = By.id("autosave-offer");
    private static final By WARNING = By.id("session-warning");
    private static final String MALE_1990 = "110105199003070033";

    private Forms forms() {
        return new Forms(browser);
    }

    @Test
    void aRegistrationTypedBeforeTheSessionEndedIsRestoredAfterLoginAndSaved() {
        String user = newEnterpriseUser("as", "自动保存测试贸易有限公司", "钱恢复");
        loginAs(user);
        browser.open("enterprise/registration-edit");
        forms().chooseAndWait("reg:legalPersonType", "1");
        forms().chooseAndWait("reg:enterpriseType", "6");
        browser.suggestAndPick("reg:businessAuthority_input", null, "110108", "110108");
        forms().date("reg:establishmentDate", "2015-03-12");
        browser.type("reg:registeredCapital", "500");
        forms().choose("reg:capitalUnit", "WAN_YUAN");
        forms().choose("reg:enterpriseStatus", "1");
        browser.suggestAndPick("reg:customsDistrict_input", null, "01", "0100");
        browser.waitUntil(d -> "0100".equals(forms().value("reg:cardIssuer")));
        browser.type("reg:registeredAddress", "北京市海淀区中关村南大街5号");
        browser.type("reg:contactName", "钱恢复");
        kept();

        // typed just before the warning: kept at once when it shows, not a few seconds later
        markStateUnknown();
        browser.type("reg:contactPhone", "010-62345678");
        script().executeScript("window.EportSession.warnIn(0)");
        kept();
        browser.screenshot("autosave-typed");
        browser.find(By.cssSelector("#session-warning .session-continue")).click();
        browser.waitUntil(d -> !d.findElement(WARNING).isDisplayed());

        endTheSessionOnTheServer();
        WebElement warning = expiredWarning();
        browser.screenshot("autosave-session-expired");
        WebElement login = warning.findElement(By.className("session-login"));
        assertTrue(login.isDisplayed());
        String address = login.getAttribute("href");
        assertTrue(URLDecoder.decode(address, StandardCharsets.UTF_8).endsWith("/login?continue=/eport/enterprise/registration-edit"),
                address);
        login.click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("/login?continue="));
        logInOnTheLoginPage(user);
        browser.waitForPath("/enterprise/registration-edit");

        WebElement offer = browser.find(OFFER);
        assertTrue(offer.getText().contains("您有未保存的输入"), offer.getText());
        assertEquals("", forms().value("reg:contactName"), "a new form: nothing restored before the user asks");
        browser.screenshot("autosave-offer");
        WebElement restore = browser.find(By.id("reg:autosave-restore"));
        assertTrue(restore.getText().contains("恢复未保存的输入"));
        restore.sendKeys(Keys.ENTER);
        browser.find(By.id("autosave-restored"));

        assertEquals("1", forms().value("reg:legalPersonType"));
        assertEquals("6", forms().value("reg:enterpriseType"));
        assertEquals("110108", forms().value("reg:businessAuthority_input"));
        assertEquals("2015-03-12", forms().value("reg:establishmentDate"));
        assertTrue(forms().value("reg:registeredCapital").startsWith("500"), forms().value("reg:registeredCapital"));
        assertEquals("WAN_YUAN", forms().value("reg:capitalUnit"));
        assertEquals("1", forms().value("reg:enterpriseStatus"));
        assertEquals("0100", forms().value("reg:customsDistrict_input"));
        assertEquals("0100", forms().value("reg:cardIssuer"));
        assertEquals("北京市海淀区中关村南大街5号", forms().value("reg:registeredAddress"));
        assertEquals("钱恢复", forms().value("reg:contactName"));
        assertEquals("010-62345678", forms().value("reg:contactPhone"), "what was kept at the warning");
        assertTrue(browser.driver().findElements(OFFER).isEmpty(), "offered once");
        browser.screenshot("autosave-restored");

        forms().confirm("reg:save-draft", "reg", "确定暂存", true);
        browser.waitForPath("/enterprise/registrations");
        String id = Forms.recordId(forms().rows("query:records").get(0));
        browser.open("enterprise/registration-edit?id=" + id);
        assertEquals("010-62345678", forms().value("reg:contactPhone"), "saved as restored");
        assertEquals("0100", forms().value("reg:customsDistrict_input"));
        assertTrue(browser.driver().findElements(OFFER).isEmpty(), "the save ended the kept input");
        browser.open("enterprise/registration-edit");
        assertTrue(browser.driver().findElements(OFFER).isEmpty(), "nothing left to offer to a new form either");
    }

    @Test
    void anOperatorTypedBeforeTheSessionEndedIsRestoredAndAnotherUserIsNeverOfferedIt() {
        String other = newEnterpriseUser("as2", "自动保存他人测试有限公司", "孙他人");
        String user = newEnterpriseUser("as1", "自动保存操作员测试有限公司", "周自动");
        loginAs(other);
        RegistrationForm.saveNewDraft(browser, "孙他人");
        loginAs(user);
        RegistrationForm.saveNewDraft(browser, "周自动");

        browser.open("enterprise/operator-edit");
        forms().chooseAndWait("op:idType", "201");
        browser.type("op:idNumber", MALE_1990);
        browser.find(By.id("op:name")).click();
        browser.waitForAjax();
        browser.waitUntil(d -> "MALE".equals(forms().value("op:gender")));
        browser.type("op:name", "吴保存");
        browser.type("op:mobile", "13800138000");
        browser.type("op:email", "wu@example.cn");
        browser.type("op:postcode", "100081");
        kept();

        // the session ends (another user logs in on this browser): the other user is never offered the input
        loginAs(other);
        browser.open("enterprise/operator-edit");
        browser.find(By.id("op:idNumber"));
        assertTrue(browser.driver().findElements(OFFER).isEmpty(), "another user's input is never offered");
        assertEquals("", forms().value("op:idNumber"));
        browser.screenshot("autosave-other-user");

        loginAs(user);
        browser.open("enterprise/operator-edit");
        browser.find(OFFER);
        browser.screenshot("autosave-operator-offer");
        browser.find(By.id("op:autosave-restore")).click();
        browser.find(By.id("autosave-restored"));
        assertEquals("201", forms().value("op:idType"));
        assertEquals(MALE_1990, forms().value("op:idNumber"));
        assertEquals("MALE", forms().value("op:gender"));
        assertEquals("1990-03-07", forms().value("op:birthDate"));
        assertEquals("吴保存", forms().value("op:name"));
        assertEquals("13800138000", forms().value("op:mobile"));
        assertEquals("wu@example.cn", forms().value("op:email"));
        assertEquals("100081", forms().value("op:postcode"));
        browser.screenshot("autosave-operator-restored");

        forms().confirm("op:save-draft", "op", "确定暂存当前录入的操作员信息吗", true);
        browser.find(By.id("op:continue-no")).click();
        browser.waitForPath("/enterprise/operators");
        browser.waitUntil(d -> forms().rows("query:records").stream().filter(row -> row.getText().contains("吴保存"))
                .findFirst().orElse(null));
    }

    @Test
    void discardingTheOfferedInputEndsIt() {
        String user = newEnterpriseUser("as3", "自动保存放弃测试有限公司", "郑放弃");
        loginAs(user);
        browser.open("enterprise/legal-person-card-edit");
        browser.type("card:contactName", "郑放弃");
        kept();

        loginAs(user);
        browser.open("enterprise/legal-person-card-edit");
        browser.find(OFFER);
        browser.find(By.id("card:autosave-discard")).sendKeys(Keys.ENTER);
        browser.waitUntil(d -> d.findElements(OFFER).isEmpty());

        loginAs(user);
        browser.open("enterprise/legal-person-card-edit");
        browser.find(STATE);
        assertTrue(browser.driver().findElements(OFFER).isEmpty(), "discarded for good");
    }

    /** Waits until the form's input was kept (the state line says so). */
    private void kept() {
        browser.waitUntil(d -> "saved".equals(d.findElement(STATE).getAttribute("data-state")));
        assertTrue(browser.find(STATE).getText().startsWith("输入已自动保存"), browser.find(STATE).getText());
    }

    private void markStateUnknown() {
        script().executeScript("document.getElementById('autosave-state').setAttribute('data-state', 'idle')");
    }

    /**
     * Ends the browser's session on the server, as a timeout does, while this page does not know it yet:
     * the header's 【退出登录】 posted by a client of its own with the browser's session cookie.
     */
    private void endTheSessionOnTheServer() {
        String session = browser.sessionId();
        HttpResponse<String> home = browser.rawGet("", session);
        Map<String, String> fields = new LinkedHashMap<>(HttpSession.formState(home.body()));
        fields.put("header", "header");
        fields.put("header:logout", "退出登录");
        HttpRequest logout = HttpRequest.newBuilder(URI.create(browser.url("")))
                .header("Cookie", "JSESSIONID=" + session)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(fields.entrySet().stream()
                        .map(f -> HttpSession.encode(f.getKey()) + "=" + HttpSession.encode(f.getValue()))
                        .collect(Collectors.joining("&"))))
                .build();
        try {
            HttpClient.newHttpClient().send(logout, HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        assertTrue(HttpSession.sendsToLogin(browser.rawGet("enterprise/registration-edit", session)), "the session is over");
    }

    /** The warning brought forward; 【继续】 finds the session gone and the dialog says so. */
    private WebElement expiredWarning() {
        script().executeScript("window.EportSession.warnIn(1)");
        WebElement warning = browser.waitUntil(d -> d.findElement(WARNING).isDisplayed() ? d.findElement(WARNING) : null);
        browser.waitUntil(d -> "warning".equals(warning.getAttribute("data-state")) ? true : null);
        warning.findElement(By.className("session-continue")).click();
        browser.waitUntil(d -> "expired".equals(d.findElement(WARNING).getAttribute("data-state")));
        return warning;
    }

    private void logInOnTheLoginPage(String user) {
        WebElement name = browser.find(By.id("login:username"));
        name.clear();
        name.sendKeys(user);
        browser.find(By.id("login:password")).sendKeys(PASSWORD);
        browser.find(By.id("login:submit")).click();
    }

    private JavascriptExecutor script() {
        return (JavascriptExecutor) browser.driver();
    }
}
