package cn.eport.onboarding.it.security;

import cn.eport.onboarding.it.TestData;
import cn.eport.onboarding.it.browser.Accounts;
import cn.eport.onboarding.it.browser.AttachmentPanel;
import cn.eport.onboarding.it.browser.BrowserTestSupport;
import cn.eport.onboarding.it.browser.RegistrationForm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 8 point 6 in Chromium (ADR 0014): the Content-Security-Policy is enforced (script injected
 * into a page neither runs nor goes unreported), and the interactive pages work under it. Every
 * browser test fails on a violation (BrowserTestSupport); this one walks, in one session each, the
 * pages whose scripts the policy concerns: the login page's language switch, the menu, the 三证合一
 * form's drop-downs that render it anew and its suggestion lists, the attachments' upload and
 * delete with its confirmation, the lists' queries, 打印, the session-timeout warning, and the
 * review console's 认领 and its 审核通过/退回 dialogs.
 */
class ContentSecurityPolicyBrowserIT extends BrowserTestSupport {

    /** 贵阳海关: a district no other browser test declares in. */
    private static final String DISTRICT = "8300";

    @TempDir
    static Path dir;

    @Test
    void scriptInjectedIntoAPageDoesNotRunAndIsReported() {
        loginAs("ent-a");
        browser.open("enterprise/registrations");
        script().executeScript("""
                var injected = document.createElement('script');
                injected.textContent = 'window.injected = "script"';
                document.body.appendChild(injected);
                var markup = document.createElement('div');
                markup.innerHTML = '<img src="no-such-image.png" onerror="window.injected = \\'handler\\'">';
                document.body.appendChild(markup);
                """);
        List<String> violations = new ArrayList<>();
        browser.waitUntil(d -> violations.addAll(browser.cspViolations()) && violations.size() >= 2);
        assertNull(script().executeScript("return window.injected"), "neither the script nor the handler ran");
        assertTrue(violations.stream().allMatch(v -> v.contains("script-src")), violations.toString());
    }

    @Test
    void theInteractivePagesWorkUnderThePolicy() throws IOException {
        // the login page: its language switch (Mojarra's links, bound by PrimeFaces under the policy)
        browser.open("login");
        browser.find(By.id("language:lang-en")).click();
        browser.waitUntil(d -> "Sign in".equals(d.findElement(By.id("login:submit")).getAttribute("value")));
        browser.find(By.id("language:lang-zh")).click();
        browser.waitUntil(d -> "登录".equals(d.findElement(By.id("login:submit")).getAttribute("value")));

        String enterprise = TestData.newUsername("qy-csp");
        loginAs("admin");
        Accounts.openEnterprise(browser, enterprise, TestData.newUscc(), "贵阳内容安全策略测试有限公司", "吴策", PASSWORD);

        // the menu collapses and expands (frame.js, no inline script)
        loginAs(enterprise);
        browser.find(By.id("menu-toggle")).click();
        browser.waitUntil(d -> bodyClasses().contains("menu-collapsed"));
        browser.find(By.id("menu-toggle")).click();
        browser.waitUntil(d -> !bodyClasses().contains("menu-collapsed"));

        // the 三证合一 form: drop-downs that render it anew, suggestion lists after that, an upload and a
        // delete with its confirmation, the session-timeout warning, 申报 with its confirmation
        browser.open("enterprise/registration-edit");
        RegistrationForm.fillByHand(browser, "83", DISTRICT, "吴联系");
        Path licence = Files.write(dir.resolve("营业执照.pdf"), "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1));
        AttachmentPanel.upload(browser, "BUSINESS_LICENCE", licence);
        assertEquals(1, AttachmentPanel.rows(browser).size());
        AttachmentPanel.rows(browser).get(0).findElement(By.cssSelector(".attachment-delete")).click();
        browser.find(By.id("att:delete-yes")).click();
        browser.waitUntil(d -> AttachmentPanel.rows(browser).isEmpty());
        script().executeScript("window.EportSession.warnIn(0)");
        WebElement warning = browser.find(By.id("session-warning"));
        warning.findElement(By.className("session-continue")).click();
        browser.waitUntil(ExpectedConditions.invisibilityOf(warning));
        RegistrationForm.declare(browser);

        // the lists' queries, and 打印 on the view
        query();
        String id = browser.find(By.cssSelector("#query\\:records_data tr .record-number")).getAttribute("data-id");
        browser.open("enterprise/registration-view?id=" + id);
        // a declared application prints its sealed PDF (issue 12): a plain link, no script
        String print = browser.find(By.id("print")).getAttribute("href");
        assertTrue(print.contains("/sealed/") && print.endsWith("?print"), print);
        browser.open("enterprise/status");
        query();
        assertEquals(id, browser.find(By.cssSelector("#query\\:records_data tr .record-number")).getAttribute("data-id"));

        // the review console: 认领, then the 退回 dialog and the 审核通过 confirmation, both cancelled
        loginAs("reviewer");
        browser.open("review/application?kind=ENTERPRISE_REGISTRATION&id=" + id);
        browser.find(By.id("app:claim")).click();
        browser.find(By.id("app:return")).click();
        WebElement returnDialog = browser.find(By.id("return-dialog"));
        browser.find(By.id("return:cancel")).click();
        browser.waitUntil(ExpectedConditions.invisibilityOf(returnDialog));
        browser.find(By.id("app:approve")).click();
        WebElement confirm = browser.find(By.id("app:confirm"));
        browser.find(By.id("app:confirm-no")).click();
        browser.waitUntil(ExpectedConditions.invisibilityOf(confirm));
        assertEquals("审核中", browser.find(By.id("status")).getText());
        browser.screenshot("csp-review-console");
    }

    /** 查询 on a list page (form "query"), waiting for the table it renders anew. */
    private void query() {
        WebElement table = browser.find(By.id("query:records_data"));
        browser.find(By.id("query:search")).click();
        browser.waitUntil(ExpectedConditions.stalenessOf(table));
    }

    private String bodyClasses() {
        return browser.driver().findElement(By.tagName("body")).getAttribute("class");
    }

    private JavascriptExecutor script() {
        return (JavascriptExecutor) browser.driver();
    }
}
