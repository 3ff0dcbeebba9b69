package cn.eport.onboarding.it.browser;





import cn.eport.onboarding.it.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 补办法人卡 (F-60) as enterprise staff use it: started from 业务办理状态查询, saved and declared after
 * confirmation, refused with an error summary that links to the fields and keeps what was typed.
 * As an enterprise of its own without a 三证合一 record (opened once for the class), so the user
 * chooses the 主管海关.
 */
class LegalPersonCardBrowserIT extends BrowserTestSupport {

    private static final String USER = TestData.newUsername("card");
    private static final String USCC = TestData.newUscc();
    private static final String LEGAL_PERSON = "孙磊";
    private static boolean accountOpened;
    private static final String VALID_ID = CardForm.VALID_ID;

    @BeforeEach
    void accountOfThisTest() {
        if (!accountOpened) {
            loginAs("admin");
            Accounts.openEnterprise(browser, USER, USCC, "补办法人卡测试海产品有限公司", LEGAL_PERSON, PASSWORD);
            accountOpened = true;
        }
    }

    private Forms forms() {
        return new Forms(browser);
    }

    private WebElement cardRowOnStatusPage(String id) {
        return browser.waitUntil(d -> forms().rows("query:records").stream()
                .filter(r -> r.findElements(By.cssSelector("[data-kind='LEGAL_PERSON_CARD']")).size() == 1)
                .filter(r -> Forms.recordId(r).equals(id)).findFirst().orElse(null));
    }

    @Test
    void aDraftIsSavedThenDeclaredAfterConfirmation() {
        loginAs(USER);
        browser.open("enterprise/status");
        browser.find(By.id("query:new-card")).click();
        browser.waitForPath("/enterprise/legal-person-card-edit");
        Forms f = forms();
        assertEquals(LEGAL_PERSON, f.value("card:legalPerson"), "the legal person comes from the account");
        assertEquals(USCC, f.value("card:uscc"));
        assertEquals("backfilled", f.kind("legalPerson"));
        assertEquals("required", f.kind("idNumber"), "required fields are yellow");
        assertEquals("required", f.kind("customsDistrict"), "no 三证合一 record: the user chooses the district");
        assertTrue(browser.find(By.id("district-note")).getText().contains("还没有三证合一信息"));
        CardForm.fillValid(browser, f);
        AttachmentPanel.upload(browser, "LEGAL_PERSON_ID", AttachmentPanel.pngScan("法人身份证扫描件.png"));
        assertEquals(1, AttachmentPanel.rows(browser).size(), "uploaded while the new application is entered");
        browser.screenshot("card-form-filled");

        browser.find(By.id("card:save-draft")).click();
        WebElement dialog = browser.find(By.id("card:confirm"));
        browser.waitUntil(d -> dialog.getText().contains("确定暂存当前录入的补办法人卡申请吗"));
        browser.screenshot("card-confirm-save-draft");
        browser.find(By.id("card:confirm-yes")).click();
        browser.waitForPath("/enterprise/status");
        assertTrue(browser.find(By.id("query:messages")).getText().contains("补办法人卡申请已暂存"));
        WebElement draft = forms().rows("query:records").get(0);
        assertTrue(draft.getText().contains("补办法人卡") && draft.getText().contains("暂存"), draft.getText());
        String id = Forms.recordId(draft);

        draft.findElement(By.cssSelector(".action-modify")).click();
        browser.waitForPath("/enterprise/legal-person-card-edit?id=" + id);
        assertEquals(VALID_ID, forms().value("card:idNumber"), "the draft keeps what was saved");
        assertEquals("0602", forms().value("card:customsDistrict_input"));
        forms().confirm("card:declare", "card", "确定申报补办法人卡申请吗", true);
        browser.waitForPath("/enterprise/status");
        assertTrue(browser.find(By.id("query:messages")).getText().contains("已申报"));
        WebElement declared = cardRowOnStatusPage(id);
        assertTrue(declared.getText().contains("申报"), declared.getText());
        assertTrue(declared.findElements(By.cssSelector(".action-modify")).isEmpty(), "declared: view only");
        assertTrue(declared.findElements(By.cssSelector(".action-delete")).isEmpty(), "declared: not deletable");
        browser.screenshot("card-declared-in-status-list");

        declared.findElement(By.cssSelector(".action-view")).click();
        browser.waitForPath("/enterprise/legal-person-card-view?id=" + id);
        assertEquals(VALID_ID, browser.find(By.id("v-idNumber")).getText());
        assertEquals(Forms.number("BK", id), browser.find(By.id("v-number")).getText());
        assertEquals("卡片遗失", browser.find(By.id("v-reason")).getText().strip());
        assertEquals("0600", browser.find(By.id("v-cardIssuer")).getText());
        assertTrue(browser.find(By.id("v-customsDistrict")).getText().contains("海拉尔海关"));
        String by = Accounts.ENTERPRISE_DISPLAY_NAME;
        assertEquals(List.of(by + " · 暂存（新建）", by + " · 申报：暂存 → 申报"), forms().history(),
                "what happened, by whom (the display name, not the login id)");
        assertTrue(browser.find(By.id("print")).isDisplayed(), "a declared application can be printed");
        List<WebElement> files = AttachmentPanel.rows(browser);
        assertEquals(1, files.size(), "the file uploaded before 暂存 belongs to the application");
        assertTrue(files.get(0).getText().contains("法人身份证扫描件.png"), files.get(0).getText());
        assertTrue(browser.driver().findElements(By.id("modify")).isEmpty());
        browser.screenshot("card-view");
    }

    @Test
    void aWrongIdNumberIsListedAtTheTopWithALinkAndNothingTypedIsLost() {
        loginAs(USER);
        browser.open("enterprise/legal-person-card-edit");
        Forms f = forms();
        assertTrue(browser.driver().findElements(By.id("card:reasonOther")).isEmpty());
        f.chooseAndWait("card:reason", "OTHER");
        browser.waitUntil(d -> !d.findElements(By.id("card:reasonOther")).isEmpty());
        assertEquals("required", f.kind("reasonOther"), "其他 asks for the reason in words");
        browser.type("card:reasonOther", "法人卡芯片被消磁");
        f.choose("card:idType", "201");
        browser.type("card:idNumber", "110101199003070021");
        browser.type("card:contactName", "孙磊");

        f.confirm("card:declare", "card", "确定申报补办法人卡申请吗", true);
        WebElement summary = browser.find(By.id("error-summary"));
        assertTrue(summary.getText().contains("法人证件号码：校验码错误"), summary.getText());
        assertTrue(summary.getText().contains("主管海关：必填项"), summary.getText());
        assertTrue(summary.getText().contains("联系电话：必填项"), summary.getText());
        List<String> links = summary.findElements(By.tagName("a")).stream().map(a -> a.getAttribute("hash")).toList();
        assertTrue(links.contains("#card:idNumber"), links.toString());
        assertTrue(browser.find(By.cssSelector("[data-field='idNumber'] .field-error")).getText().contains("校验码错误"),
                "the message also stands at the field");
        assertEquals("110101199003070021", f.value("card:idNumber"), "nothing typed is lost");
        assertEquals("法人卡芯片被消磁", f.value("card:reasonOther"));
        assertEquals("孙磊", f.value("card:contactName"));
        browser.screenshot("card-error-summary");

        summary.findElement(By.cssSelector("a[href$='#card:idNumber']")).click();
        browser.waitUntil(d -> d.getCurrentUrl().endsWith("#card:idNumber"));

        browser.type("card:idNumber", VALID_ID);
        browser.suggestAndPick("card:customsDistrict_input", null, "060", "0603");
        browser.type("card:contactPhone", "13900001111");
        f.confirm("card:declare", "card", "确定申报补办法人卡申请吗", true);
        browser.waitForPath("/enterprise/status");
        assertTrue(browser.find(By.id("query:messages")).getText().contains("已申报"));
    }

    /** R-1 for 补办法人卡: the reviewer sees the card's facts, returns it with a reason; the enterprise sees why, modifies and declares again. */
    @Test
    void aReturnedCardShowsTheReasonAndIsDeclaredAgain() {
        loginAs(USER);
        browser.open("enterprise/legal-person-card-edit");
        CardForm.fillValid(browser, forms());
        AttachmentPanel.upload(browser, "LEGAL_PERSON_ID", AttachmentPanel.pngScan("法人身份证扫描件.png"));
        forms().confirm("card:declare", "card", "确定申报补办法人卡申请吗", true);
        browser.waitForPath("/enterprise/status");
        String id = Forms.recordId(forms().rows("query:records").get(0));

        loginAs("reviewer");
        browser.open("review/application?kind=LEGAL_PERSON_CARD&id=" + id);
        assertEquals("补办法人卡", browser.find(By.id("kind")).getText());
        String audit = browser.find(By.id("audit")).getText();
        for (String entry : List.of("上传附件 法人身份证件「法人身份证扫描件.png」（补办法人卡 录入中，尚未保存）",
                "修改 法人身份证件「法人身份证扫描件.png」（" + Forms.number("BK", id) + "）", "状态变更 申报（新建）")) {
            assertTrue(audit.contains(entry), "the file uploaded on the new form and attached by 申报, in Chinese: '" + entry + "' in\n" + audit);
        }
        assertEquals(VALID_ID, browser.find(By.id("v-idNumber")).getText(), "the card's own facts for the reviewer");
        assertEquals("卡片遗失", browser.find(By.id("v-reason")).getText().strip());
        browser.find(By.id("app:claim")).click();
        browser.waitUntil(d -> "审核中".equals(d.findElement(By.id("status")).getText()));
        browser.screenshot("card-review-application");
        String reason = "法人身份证件已过有效期，请上传有效证件后重新申报";
        browser.find(By.id("app:return")).click();
        browser.type("return:reason", reason);
        browser.find(By.id("return:submit")).click();
        browser.waitUntil(d -> "退回".equals(d.findElement(By.id("status")).getText()));

        loginAs(USER);
        browser.open("enterprise/status");
        WebElement returned = cardRowOnStatusPage(id);
        assertTrue(returned.getText().contains("退回") && returned.getText().contains(reason), returned.getText());
        assertFalse(returned.findElements(By.cssSelector(".action-modify")).isEmpty(), "returned: modifiable");
        assertTrue(returned.findElements(By.cssSelector(".action-delete")).isEmpty(), "returned: not deletable");
        browser.screenshot("card-status-returned");
        returned.findElement(By.cssSelector(".action-modify")).click();
        browser.waitForPath("/enterprise/legal-person-card-edit?id=" + id);
        assertTrue(browser.find(By.id("return-reason")).getText().contains(reason), "the reason at the top of the form");
        browser.screenshot("card-edit-returned");
        forms().confirm("card:declare", "card", "确定申报补办法人卡申请吗", true);
        browser.waitForPath("/enterprise/status");
        WebElement again = cardRowOnStatusPage(id);
        assertTrue(again.getText().contains("申报") && !again.getText().contains(reason), again.getText());
    }

    @Test
    void anotherEnterpriseGetsNotFoundForEveryUrlOfAnApplication() {
        loginAs(USER);
        browser.open("enterprise/legal-person-card-edit");
        forms().chooseAndWait("card:reason", "DAMAGED");
        browser.type("card:contactName", "越权测试");
        forms().confirm("card:save-draft", "card", "确定暂存", true);
        browser.waitForPath("/enterprise/status");
        String id = Forms.recordId(forms().rows("query:records").get(0));
        List<String> urls = List.of("enterprise/legal-person-card-view?id=" + id, "enterprise/legal-person-card-edit?id=" + id);
        for (String url : urls) {
            assertEquals(200, browser.rawGet(url, browser.sessionId()).statusCode(), "the owner opens " + url);
        }

        loginAs("ent-b");
        for (String url : urls) {
            assertEquals(404, browser.rawGet(url, browser.sessionId()).statusCode(), url);
        }
        browser.open("enterprise/status");
        assertFalse(forms().rows("query:records").stream().anyMatch(r -> r.getText().contains("补办法人卡")
                && Forms.recordId(r).equals(id)), "not in B's list");

        loginAs("reviewer");
        assertEquals(403, browser.rawGet(urls.get(0), browser.sessionId()).statusCode(), "enterprise pages only");

        loginAs(USER);
        browser.open(urls.get(0));
        assertTrue(browser.find(By.id("card")).getText().contains("越权测试"), "the owner's application is unchanged");
    }
}
