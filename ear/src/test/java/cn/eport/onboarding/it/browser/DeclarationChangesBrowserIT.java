package cn.eport.onboarding.it.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The snapshots of 申报 in the browser (issue 12 item 2): a 三证合一 declared with two scans is returned,
 * with notes on its 主管海关, its address and its licence; its 主管海关 and contact are changed, its licence
 * replaced and a scan added, and it is declared again; the review page then shows "自上次退回以来的修改"
 * (old → new with code names, the scans' changes, the notes of the return beside them, the marked address
 * left unchanged) above the facts, and both the reviewer and the enterprise see the two declared versions.
 */
class DeclarationChangesBrowserIT extends BrowserTestSupport {

    private static final String NAME = "差异测试（上海）示例贸易有限公司";
    private static final String REASON = "主管海关应为上海浦江海关，营业执照扫描件不清晰";
    private static final String DISTRICT_NOTE = "应为上海浦江海关";
    private static final String ADDRESS_NOTE = "与营业执照上的住所不一致";
    private static final String FILE_NOTE = "扫描件不清晰，请重新上传";

    /** Marks a row of the review page's 逐项审核意见 with its visible 标注 button (the keyboard way is ReviewRoundTripBrowserIT's). */
    private static void mark(String rowId, String note) {
        browser.find(By.cssSelector("#" + rowId + " .mark-open")).click();
        browser.waitUntil(d -> d.switchTo().activeElement().getAttribute("class").contains("mark-input"));
        browser.driver().switchTo().activeElement().sendKeys(note);
        browser.find(By.cssSelector("#" + rowId + " .mark-add")).click();
        browser.waitUntil(d -> d.findElement(By.id(rowId)).getAttribute("class").contains("marked"));
    }

    private static void scrollTo(String id) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", browser.find(By.id(id)));
    }

    @Test
    void theReviewerSeesWhatChangedSinceTheReturnAndBothSidesSeeEveryVersion() {
        String user = newEnterpriseUser("qy-diff", NAME, "周差异");

        // 申报 with two scans
        loginAs(user);
        browser.open("enterprise/registration-edit");
        RegistrationForm.fillByHand(browser, "22", "2200", "周差异");
        AttachmentPanel.upload(browser, "BUSINESS_LICENCE", AttachmentPanel.distinctPngScan("营业执照.png"));
        AttachmentPanel.upload(browser, "LEGAL_PERSON_ID", AttachmentPanel.distinctPngScan("法人身份证.png"));
        RegistrationForm.declare(browser);
        String id = Forms.recordId(new Forms(browser).rows("query:records").get(0));
        String page = "review/application?kind=ENTERPRISE_REGISTRATION&id=" + id;

        // declared once: one version, nothing to compare; claimed and returned
        loginAs("reviewer");
        browser.open(page);
        assertTrue(browser.find(By.id("version-1")).getText().contains(user), browser.find(By.id("version-1")).getText());
        assertTrue(browser.driver().findElements(By.id("changes")).isEmpty(), "nothing to compare after one 申报");
        browser.find(By.id("app:claim")).click();
        browser.waitUntil(d -> "审核中".equals(d.findElement(By.id("status")).getText()));
        mark("mark-field-customsDistrict", DISTRICT_NOTE);
        mark("mark-field-registeredAddress", ADDRESS_NOTE);
        String licenceRow = browser.driver().findElements(By.cssSelector("#marking .mark-row[data-mark-key^='attachment-']")).stream()
                .filter(r -> r.getText().contains("营业执照.png")).findFirst().orElseThrow().getAttribute("id");
        mark(licenceRow, FILE_NOTE);
        scrollTo("app:return");
        browser.find(By.id("app:return")).click();
        browser.type("return:reason", REASON);
        browser.find(By.id("return:submit")).click();
        browser.waitUntil(d -> "退回".equals(d.findElement(By.id("status")).getText()));

        // the enterprise changes the 主管海关 and the contact, replaces the licence, adds a scan, declares again
        loginAs(user);
        browser.open("enterprise/registration-edit?id=" + id);
        browser.suggestAndPick("reg:customsDistrict_input", null, "2201", "2201");
        browser.type("reg:contactName", "周改正");
        WebElement licence = AttachmentPanel.rows(browser).stream().filter(r -> r.getText().contains("营业执照.png")).findFirst()
                .orElseThrow(() -> new AssertionError("the licence is listed"));
        licence.findElement(By.cssSelector(".attachment-delete")).click();
        browser.find(By.id("att:delete-yes")).click();
        browser.waitUntil(d -> AttachmentPanel.rows(browser).size() == 1);
        AttachmentPanel.upload(browser, "BUSINESS_LICENCE", AttachmentPanel.distinctPngScan("营业执照-清晰.png"));
        AttachmentPanel.upload(browser, "FOREIGN_TRADE_FILING", AttachmentPanel.distinctPngScan("对外贸易经营者备案.png"));
        browser.waitUntil(d -> AttachmentPanel.rows(browser).size() == 3);
        browser.find(By.id("reg:declare")).click();
        browser.find(By.id("reg:confirm-yes")).click();
        browser.waitForPath("/enterprise/registrations");

        // the reviewer: the changes since the return, at the top of the details
        loginAs("reviewer");
        browser.open(page);
        WebElement changes = browser.find(By.id("changes"));
        assertTrue(changes.getText().startsWith("自上次退回以来的修改"), changes.getText());
        assertTrue(browser.find(By.id("changes-reason")).getText().contains(REASON), "the reason of the return");
        WebElement district = browser.find(By.id("change-customsDistrict"));
        assertEquals("主管海关", district.findElement(By.cssSelector(".change-label")).getText());
        assertEquals("2200 上海海关", district.findElement(By.cssSelector(".change-before")).getText());
        assertEquals("2201 上海浦江海关", district.findElement(By.cssSelector(".change-after")).getText());
        assertEquals(DISTRICT_NOTE, district.findElement(By.cssSelector(".change-note")).getText(), "the note of the return beside it");
        WebElement address = browser.find(By.id("change-registeredAddress"));
        assertTrue(address.getAttribute("class").contains("unchanged"), "marked, but left as it was");
        assertEquals("未修改", address.findElement(By.cssSelector(".change-after")).getText());
        assertEquals(ADDRESS_NOTE, address.findElement(By.cssSelector(".change-note")).getText());
        WebElement contact = browser.find(By.id("change-contactName"));
        assertEquals("周差异", contact.findElement(By.cssSelector(".change-before")).getText());
        assertEquals("周改正", contact.findElement(By.cssSelector(".change-after")).getText());
        assertTrue(browser.driver().findElements(By.id("change-contactPhone")).isEmpty(), "an unchanged field is not listed");
        assertTrue(browser.driver().findElements(By.id("change-registeredCapital")).isEmpty(), "500 is still 500");
        List<String> files = browser.driver().findElements(By.cssSelector("#changed-attachments tbody tr")).stream()
                .map(WebElement::getText).toList();
        assertEquals(2, files.size(), files.toString());
        assertEquals("替换 企业营业执照 营业执照.png → 营业执照-清晰.png " + FILE_NOTE, files.get(0));
        assertTrue(files.get(1).startsWith("新增 对外贸易经营者备案"), files.toString());
        assertTrue(files.get(1).contains("对外贸易经营者备案.png"), files.toString());
        assertFalse(String.join("\n", files).contains("法人身份证"), "the ID scan did not change");
        int changesTop = changes.getLocation().getY();
        assertTrue(changesTop < browser.find(By.id("details")).getLocation().getY(), "above the facts");
        assertTrue(browser.find(By.id("version-2")).getText().contains(user));
        assertTrue(browser.find(By.id("version-1")).isDisplayed());
        browser.screenshot("diff-review-page");
        scrollTo("versions");
        browser.screenshot("diff-review-versions");

        // the enterprise sees its two versions on its view page
        loginAs(user);
        browser.open("enterprise/registration-view?id=" + id);
        assertEquals(2, browser.driver().findElements(By.cssSelector("#versions .version-row")).size());
        assertTrue(browser.find(By.id("version-2")).getText().startsWith("第 2 次申报"), browser.find(By.id("version-2")).getText());
        scrollTo("versions");
        browser.screenshot("diff-enterprise-versions");
    }
}
