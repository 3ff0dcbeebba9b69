package cn.eport.onboarding.it.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 三证合一 (F-10..F-16) as enterprise staff use it in the browser. */
class RegistrationBrowserIT extends BrowserTestSupport {

    private static final Pattern APPLICATION_NUMBER = Pattern.compile("[A-Z]{2}\\d{4}-\\d{6}");

    @Test
    void backFillFromTheRegistryThenCompleteAndDeclare() {
        loginAs("ent-a");
        browser.open("enterprise/registrations");
        browser.find(By.id("query:new")).click();
        browser.waitForPath("/enterprise/registration-edit");
        browser.find(By.id("backfill-offer"));
        browser.find(By.id("reg:confirm-backfill")).click();
        browser.waitUntil(d -> d.findElements(By.id("backfill-offer")).isEmpty());

        assertEquals("backfilled", kind("legalPersonType"), "back-filled fields are grey");
        assertFalse(browser.find(By.id("reg:legalPersonType")).isEnabled(), "and read-only");
        assertEquals("91110108MA01ABCD5T", browser.find(By.id("reg:uscc")).getAttribute("value"));
        assertEquals("required", kind("taxAuthority"), "required fields are yellow");
        assertEquals("optional", kind("establishmentDate").equals("backfilled") ? "optional" : kind("establishmentDate"));

        browser.suggestAndPick("reg:taxAuthority_input", "111", "1110", "11101080000");
        browser.suggestAndPick("reg:qualityAuthority_input", null, "1", "110108");
        browser.suggestAndPick("reg:customsDistrict_input", "0", "01", "0100");
        browser.waitUntil(d -> "0100".equals(d.findElement(By.id("reg:cardIssuer")).getAttribute("value")));
        browser.type("reg:contactName", "张伟");
        browser.type("reg:contactPhone", "010-62345678");
        browser.screenshot("registration-form-filled");

        RegistrationForm.declare(browser);
        assertTrue(browser.find(By.id("query:messages")).getText().contains("已申报"));
        WebElement newest = browser.find(By.cssSelector("#query\\:records_data tr"));
        assertTrue(newest.getText().contains("申报"), newest.getText());
        assertTrue(newest.findElements(By.cssSelector(".action-modify")).isEmpty(), "declared: view only");
        browser.screenshot("registration-list-declared");
    }

    @Test
    void declaringAnIncompleteFormListsEveryProblemAndKeepsTheInput() {
        loginAs("ent-b");
        browser.open("enterprise/registration-edit");
        assertTrue(browser.find(By.id("backfill-none")).getText().contains("工商登记信息中没有本企业"));
        browser.type("reg:contactName", "李娜");
        browser.type("reg:registeredCapital", "-5");
        browser.find(By.id("reg:declare")).click();
        browser.find(By.id("reg:confirm-yes")).click();

        WebElement summary = browser.find(By.id("error-summary"));
        browser.screenshot("registration-error-summary");
        assertTrue(summary.getText().contains("法人类型：必填项"), summary.getText());
        assertTrue(summary.getText().contains("注册资金不能小于 0"), summary.getText());
        assertEquals("#reg:legalPersonType", summary.findElement(By.tagName("a")).getAttribute("hash"));
        assertEquals("李娜", browser.find(By.id("reg:contactName")).getAttribute("value"), "nothing typed is lost");
    }

    @Test
    void legalPersonTypeGreysAuthoritiesAndOtherTypeAsksForText() {
        loginAs("ent-b");
        browser.open("enterprise/registration-edit");
        new Select(browser.find(By.id("reg:legalPersonType"))).selectByValue("3");
        browser.waitUntil(d -> "greyed".equals(kind("qualityAuthority")));
        assertEquals("greyed", kind("businessAuthority"));
        assertEquals("greyed", kind("taxAuthority"));
        assertFalse(browser.find(By.id("reg:taxAuthority_input")).isEnabled());
        new Select(browser.find(By.id("reg:legalPersonType"))).selectByValue("2");
        browser.waitUntil(d -> "required".equals(kind("qualityAuthority")));
        assertEquals("greyed", kind("taxAuthority"));

        assertTrue(browser.driver().findElements(By.id("reg:enterpriseTypeOther")).isEmpty());
        new Select(browser.find(By.id("reg:enterpriseType"))).selectByValue("9");
        browser.waitUntil(d -> !d.findElements(By.id("reg:enterpriseTypeOther")).isEmpty());
        assertEquals("required", kind("enterpriseTypeOther"));
        browser.screenshot("registration-greyed-other-type");
    }

    @Test
    void aDeregisteredEnterpriseCannotDeclare() {
        loginAs("ent-cancelled");
        browser.open("enterprise/registration-edit");
        browser.find(By.id("reg:confirm-backfill")).click();
        browser.waitUntil(d -> d.findElements(By.id("backfill-offer")).isEmpty());
        browser.find(By.id("reg:declare")).click();
        browser.find(By.id("reg:confirm-yes")).click();
        assertTrue(browser.find(By.id("error-summary")).getText().contains("开具企业正常状态证明"));
    }

    @Test
    void aDraftIsSavedAndDeletedAfterConfirmation() {
        loginAs("ent-b");
        browser.open("enterprise/registration-edit");
        browser.type("reg:contactName", "草稿删除测试");
        browser.find(By.id("reg:save-draft")).click();
        browser.find(By.id("reg:confirm-yes")).click();
        browser.waitForPath("/enterprise/registrations");
        WebElement draft = rows().get(0);
        assertTrue(draft.getText().contains("暂存"), draft.getText());
        // by its 编号: the list shows one page, so a full page stays full when a record of the next page moves up
        Matcher number = APPLICATION_NUMBER.matcher(draft.getText());
        assertTrue(number.find(), draft.getText());
        draft.findElement(By.cssSelector(".action-delete")).click();
        browser.find(By.id("query:confirm-yes")).click();
        browser.waitUntil(d -> d.findElement(By.id("query:messages")).getText().contains("记录已删除"));
        assertTrue(rows().stream().noneMatch(r -> r.getText().contains(number.group())), "the deleted draft is gone from the list");
    }

    @Test
    void aChangeMadeMeanwhileElsewhereIsReportedNeverOverwrittenAndNothingTypedIsLost() {
        loginAs("ent-b");
        String id = newDraft("并发修改测试");
        browser.open("enterprise/registration-edit?id=" + id);

        // a colleague opens the same draft in another browser and saves first
        try (Browser colleague = new Browser(base)) {
            colleague.login("ent-b", PASSWORD);
            colleague.waitForPath("/eport/");
            colleague.open("enterprise/registration-edit?id=" + id);
            colleague.type("reg:contactName", "同事先保存");
            colleague.find(By.id("reg:save-draft")).click();
            colleague.find(By.id("reg:confirm-yes")).click();
            colleague.waitForPath("/enterprise/registrations");
        }

        browser.type("reg:contactName", "我后保存");
        browser.find(By.id("reg:save-draft")).click();
        browser.find(By.id("reg:confirm-yes")).click();
        WebElement summary = browser.find(By.id("error-summary"));
        assertTrue(summary.getText().contains("该记录已被他人修改，您的修改未保存"), summary.getText());
        assertEquals("我后保存", browser.find(By.id("reg:contactName")).getAttribute("value"), "what was typed stays to be copied");
        browser.screenshot("registration-changed-meanwhile");

        browser.open("enterprise/registration-view?id=" + id);
        assertTrue(browser.find(By.id("registration")).getText().contains("同事先保存"), "the colleague's change is not overwritten");
    }

    @Test
    void anotherEnterpriseGetsNotFoundForEveryUrlOfARecord() {
        loginAs("ent-a");
        String id = newDraft("越权测试");
        List<String> urls = List.of("enterprise/registration-view?id=" + id, "enterprise/registration-edit?id=" + id);
        for (String url : urls) {
            assertEquals(200, browser.rawGet(url, browser.sessionId()).statusCode(), "the owner opens " + url);
        }

        loginAs("ent-b");
        for (String url : urls) {
            assertEquals(404, browser.rawGet(url, browser.sessionId()).statusCode(), url);
        }
        browser.open("enterprise/registrations");
        assertTrue(rows().stream().noneMatch(r -> r.findElements(By.cssSelector(".record-number")).stream()
                .anyMatch(e -> e.getAttribute("data-id").equals(id))), "not in B's list");

        loginAs("ent-a");
        browser.open("enterprise/registration-view?id=" + id);
        assertTrue(browser.find(By.id("registration")).getText().contains("越权测试"), "A's record unchanged");
    }

    /** 暂存 of a new record with only a contact name; its id, from the list the form returns to. */
    private String newDraft(String contactName) {
        browser.open("enterprise/registration-edit");
        browser.type("reg:contactName", contactName);
        browser.find(By.id("reg:save-draft")).click();
        browser.find(By.id("reg:confirm-yes")).click();
        browser.waitForPath("/enterprise/registrations");
        return Forms.recordId(rows().get(0));
    }

    private List<WebElement> rows() {
        return browser.driver().findElements(By.cssSelector("#query\\:records_data tr"));
    }

    private String kind(String field) {
        String classes = browser.find(By.cssSelector("[data-field='" + field + "']")).getAttribute("class");
        return classes.replaceAll(".*field-(required|backfilled|greyed|optional).*", "$1");
    }
}
