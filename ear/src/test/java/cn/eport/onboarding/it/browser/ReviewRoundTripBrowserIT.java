package cn.eport.onboarding.it.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The review round trip with field-level return reasons (issue 12 item 1), in the browser: the
 * reviewer marks two fields and a file of a 三证合一 with the keyboard and returns it; the enterprise
 * sees exactly those highlighted with the notes, listed in the error summary, and "3 处需修改" in its
 * task list and status query; it fixes them and declares again; the reviewer approves. Then the same
 * shared pattern on another kind (an operator).
 */
class ReviewRoundTripBrowserIT extends BrowserTestSupport {

    private static final String PHONE_NOTE = "联系电话少一位，请核对";
    private static final String DISTRICT_NOTE = "主管海关应为注册地所在关区";
    private static final String FILE_NOTE = "营业执照扫描件不清晰，请重新上传";

    /** Another scan of the licence: other bytes than {@link AttachmentPanel#pngScan}'s, so another SHA-256. */
    private static Path clearerScan() {
        Path scan = AttachmentPanel.pngScan("营业执照清晰版.png");
        try {
            return Files.write(scan, new byte[]{1, 2, 3, 4}, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Forms forms() {
        return new Forms(browser);
    }

    private String activeId() {
        return browser.driver().switchTo().activeElement().getAttribute("id");
    }

    private void press(CharSequence key) {
        new Actions(browser.driver()).sendKeys(key).perform();
    }

    /** Tab from where the focus is until it reaches the element of this id (at most 80 presses). */
    private void tabTo(String id) {
        for (int i = 0; i < 80 && !id.equals(activeId()); i++) {
            press(Keys.TAB);
        }
        assertEquals(id, activeId(), "reached by Tab");
    }

    /** On the focused mark row: Enter opens the note input, the note, Enter adds the mark; the focus comes back to the row. */
    private void markFocusedRow(String rowId, String note) {
        press(Keys.ENTER);
        WebElement input = browser.driver().switchTo().activeElement();
        assertTrue(input.getAttribute("class").contains("mark-input"), "Enter opened the note input at the row");
        input.sendKeys(note);
        press(Keys.ENTER);
        browser.waitUntil(d -> d.findElement(By.id(rowId)).getAttribute("class").contains("marked"));
        browser.waitUntil(d -> rowId.equals(activeId()));
    }

    private List<String> markedFields() {
        return browser.driver().findElements(By.cssSelector(".field-marked")).stream().map(e -> e.getAttribute("data-field")).toList();
    }

    private List<String> summaryLines() {
        return browser.driver().findElements(By.cssSelector("#error-summary li")).stream().map(WebElement::getText).toList();
    }

    private void claim(String kind, String id) {
        browser.open("review/application?kind=" + kind + "&id=" + id);
        browser.find(By.id("app:claim")).click();
        browser.waitUntil(d -> "审核中".equals(d.findElement(By.id("status")).getText()));
    }

    /** 退回 from the button below the marks, where the reviewer's keyboard walk ends. */
    private void returnWith(String reason) {
        browser.find(By.id("marks:return")).click();
        browser.type("return:reason", reason);
        browser.find(By.id("return:submit")).click();
        browser.waitUntil(d -> "退回".equals(d.findElement(By.id("status")).getText()));
    }

    @Test
    void theReviewerMarksTwoFieldsAndAFileTheEnterpriseFixesExactlyThoseAndItIsApproved() {
        String user = newEnterpriseUser("marks", "标注往返测试贸易有限公司", "韩梅");
        loginAs(user);
        browser.open("enterprise/registration-edit");
        RegistrationForm.fillByHand(browser, "88", "8800", "韩梅");
        AttachmentPanel.upload(browser, "BUSINESS_LICENCE", AttachmentPanel.pngScan("营业执照.png"));
        RegistrationForm.declare(browser);
        String id = Forms.recordId(forms().rows("query:records").get(0));

        // the reviewer: every field and the file are rows to mark; by keyboard only
        loginAs("reviewer");
        claim("ENTERPRISE_REGISTRATION", id);
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("#marking .mark-row"));
        assertTrue(rows.size() >= 16, "every field of the form and the file: " + rows.size());
        String fileRow = browser.find(By.cssSelector("#marking .mark-row[data-mark-key^='attachment-']")).getAttribute("id");
        String fileId = fileRow.substring("mark-attachment-".length());
        assertTrue(browser.find(By.id(fileRow)).getText().contains("营业执照.png"));
        browser.screenshot("roundtrip-1-claimed");

        browser.find(By.id("marking-hint")).click();
        tabTo("mark-field-customsDistrict");
        markFocusedRow("mark-field-customsDistrict", DISTRICT_NOTE);

        // Esc cancels a note begun on the next field, nothing is marked
        tabTo("mark-field-registeredAddress");
        press(Keys.ENTER);
        browser.driver().switchTo().activeElement().sendKeys("不要这条");
        press(Keys.ESCAPE);
        assertEquals("mark-field-registeredAddress", activeId(), "Esc went back to the row");
        assertFalse(browser.find(By.id("mark-field-registeredAddress")).getAttribute("class").contains("marked"));

        // a blank note is refused at the row, in the page's language
        tabTo("mark-field-contactPhone");
        press(Keys.ENTER);
        press(Keys.ENTER);
        browser.waitUntil(d -> d.findElement(By.id("mark-field-contactPhone")).getText().contains("请输入审核意见"));
        browser.waitUntil(d -> browser.driver().switchTo().activeElement().getAttribute("class").contains("mark-input"));
        browser.driver().switchTo().activeElement().sendKeys(PHONE_NOTE);
        press(Keys.ENTER);
        browser.waitUntil(d -> d.findElement(By.id("mark-field-contactPhone")).getAttribute("class").contains("marked"));
        browser.waitUntil(d -> "mark-field-contactPhone".equals(activeId()));

        tabTo(fileRow);
        markFocusedRow(fileRow, FILE_NOTE);
        assertTrue(browser.find(By.id("mark-count")).getText().contains("3"), browser.find(By.id("mark-count")).getText());
        browser.screenshot("roundtrip-2-marked");

        // the 退回 dialog lists them; closing and opening it again (from the top of the page) loses nothing
        browser.find(By.id("marks:return")).click();
        WebElement dialog = browser.find(By.id("return-dialog"));
        browser.waitUntil(d -> dialog.isDisplayed());
        assertEquals(List.of("主管海关：" + DISTRICT_NOTE, "联系电话：" + PHONE_NOTE, "企业营业执照 营业执照.png：" + FILE_NOTE),
                browser.driver().findElements(By.cssSelector("#return\\:marked li")).stream().map(WebElement::getText).toList());
        browser.find(By.id("return:cancel")).click();
        browser.waitUntil(ExpectedConditions.invisibilityOf(dialog));
        ((JavascriptExecutor) browser.driver()).executeScript("window.scrollTo(0, 0)");
        browser.find(By.id("app:return")).click();
        browser.waitUntil(d -> dialog.isDisplayed());
        assertEquals(3, browser.driver().findElements(By.cssSelector("#return\\:marked li")).size(), "the marks survived the dialog");
        browser.type("return:reason", "请按逐项审核意见修改后重新申报");
        browser.screenshot("roundtrip-3-return-dialog");
        browser.find(By.id("return:submit")).click();
        browser.waitUntil(d -> "退回".equals(d.findElement(By.id("status")).getText()));

        // the enterprise: "3 处需修改" in the task list and the status query
        loginAs(user);
        assertEquals("3 处需修改", browser.find(By.cssSelector("#task-REGISTRATION .marks-to-fix")).getText());
        browser.screenshot("roundtrip-4-task-list");
        browser.open("enterprise/status");
        WebElement statusRow = forms().rows("query:records").stream().filter(r -> r.getText().contains(Forms.number("SZ", id)))
                .findFirst().orElseThrow();
        assertEquals("3 处需修改", statusRow.findElement(By.cssSelector(".marks-to-fix")).getText());
        browser.screenshot("roundtrip-5-status-query");

        // the form: exactly those fields highlighted with the notes at their right, listed in the summary, the file's row marked
        browser.open("enterprise/registration-edit?id=" + id);
        assertEquals(List.of("customsDistrict", "contactPhone"), markedFields());
        assertEquals(DISTRICT_NOTE, browser.find(By.id("customsDistrict-mark")).getText().replace("审核意见：", ""));
        assertEquals(PHONE_NOTE, browser.find(By.id("contactPhone-mark")).getText().replace("审核意见：", ""));
        assertTrue(browser.find(By.id("reg:contactPhone")).getAttribute("aria-describedby").contains("contactPhone-mark"));
        assertEquals(List.of("审核意见：主管海关：" + DISTRICT_NOTE, "审核意见：联系电话：" + PHONE_NOTE, "审核意见：营业执照.png：" + FILE_NOTE),
                summaryLines());
        assertTrue(browser.find(By.cssSelector("#error-summary a[href='#reg:contactPhone']")).isDisplayed(), "linked to the field");
        WebElement fileRowOfForm = browser.find(By.id("attachment-" + fileId));
        assertTrue(fileRowOfForm.getAttribute("class").contains("attachment-marked"));
        assertTrue(fileRowOfForm.getText().contains(FILE_NOTE));
        browser.screenshot("roundtrip-6-form-marked");

        // fixing: a changed field loses its highlight at once
        browser.type("reg:contactPhone", "010-62345679");
        assertEquals(List.of("customsDistrict"), markedFields());
        browser.suggestAndPick("reg:customsDistrict_input", null, "86", "8600");
        browser.waitUntil(d -> markedFields().isEmpty());
        // the file replaced: deleted, then uploaded again
        fileRowOfForm.findElement(By.cssSelector(".attachment-delete")).click();
        browser.waitUntil(ExpectedConditions.elementToBeClickable(By.id("att:delete-yes"))).click();
        browser.waitUntil(d -> d.findElements(By.id("attachment-" + fileId)).isEmpty());
        AttachmentPanel.upload(browser, "BUSINESS_LICENCE", clearerScan());
        browser.screenshot("roundtrip-7-fixed");
        RegistrationForm.declare(browser);
        assertTrue(browser.driver().findElements(By.cssSelector(".marks-to-fix")).isEmpty());
        browser.open("");
        assertTrue(browser.driver().findElements(By.cssSelector("#task-REGISTRATION .marks-to-fix")).isEmpty(), "nothing left to fix");

        // the reviewer takes it again and approves
        loginAs("reviewer");
        claim("ENTERPRISE_REGISTRATION", id);
        assertTrue(browser.find(By.id("v-customsDistrict")).getText().startsWith("8600"));
        // what changed since the return, with the reviewer's old notes beside the changes
        WebElement phoneChange = browser.find(By.id("change-contactPhone"));
        assertTrue(phoneChange.getText().contains("010-62345678") && phoneChange.getText().contains("010-62345679"), phoneChange.getText());
        assertTrue(phoneChange.getText().contains(PHONE_NOTE), phoneChange.getText());
        WebElement districtChange = browser.find(By.id("change-customsDistrict"));
        assertTrue(districtChange.getText().contains("8800") && districtChange.getText().contains("8600"), districtChange.getText());
        assertTrue(districtChange.getText().contains(DISTRICT_NOTE), districtChange.getText());
        assertTrue(browser.find(By.id("changed-attachments")).getText().contains(FILE_NOTE), browser.find(By.id("changed-attachments")).getText());
        assertTrue(browser.driver().findElements(By.cssSelector("#marking .mark-row.marked")).isEmpty(), "a new round starts unmarked");
        browser.screenshot("roundtrip-8-declared-again");
        browser.find(By.id("app:approve")).click();
        browser.find(By.id("app:confirm-yes")).click();
        browser.waitUntil(d -> "审核通过".equals(d.findElement(By.id("status")).getText()));
        assertTrue(browser.driver().findElements(By.id("marking")).isEmpty(), "decided: nothing to mark");
        browser.screenshot("roundtrip-9-approved");
    }

    @Test
    void anOperatorsMarkedFieldIsShownOnItsFormAndView() {
        String user = newEnterpriseUser("marks-op", "标注操作员测试贸易有限公司", "周婷");
        loginAs(user);
        RegistrationForm.saveNewDraft(browser, "周婷");
        browser.open("enterprise/operator-edit");
        forms().chooseAndWait("op:idType", "201");
        browser.type("op:idNumber", "110105198506120018");
        browser.find(By.id("op:name")).click();
        browser.waitForAjax();
        browser.type("op:name", "李强");
        browser.type("op:mobile", "13800138000");
        forms().confirm("op:declare", "op", "确定申报该操作员信息吗", true);
        browser.waitForPath("/enterprise/operators");
        String id = Forms.recordId(forms().rows("query:records").get(0));

        // marked with the visible 标注 button this time
        loginAs("reviewer");
        claim("OPERATOR", id);
        browser.find(By.cssSelector("#mark-field-mobile .mark-open")).click();
        browser.waitUntil(d -> d.switchTo().activeElement().getAttribute("class").contains("mark-input"));
        browser.driver().switchTo().activeElement().sendKeys("手机号码无法接通，请核实");
        browser.find(By.cssSelector("#mark-field-mobile .mark-add")).click();
        browser.waitUntil(d -> d.findElement(By.id("mark-field-mobile")).getText().contains("删除标注"));
        browser.screenshot("marks-operator-review");
        returnWith("请核实手机号码");

        loginAs(user);
        browser.open("enterprise/operator-view?id=" + id);
        assertTrue(browser.find(By.id("return-marks")).getText().contains("手机号码：手机号码无法接通，请核实"),
                browser.find(By.id("return-marks")).getText());
        browser.open("enterprise/operator-edit?id=" + id);
        assertEquals(List.of("mobile"), markedFields());
        assertEquals(List.of("审核意见：手机号码：手机号码无法接通，请核实"), summaryLines());
        browser.screenshot("marks-operator-form");
        browser.type("op:mobile", "13900139000");
        assertTrue(markedFields().isEmpty());
        forms().confirm("op:save-draft", "op", "确定暂存当前录入的操作员信息吗", true);
        browser.waitForPath("/enterprise/operators");
        browser.open("enterprise/operator-edit?id=" + id);
        assertTrue(markedFields().isEmpty(), "暂存 cleared the mark for good");
        assertTrue(summaryLines().isEmpty());
    }
}
