package cn.eport.onboarding.it.browser;

import cn.eport.onboarding.it.operator.ImportFiles;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static cn.eport.onboarding.it.operator.ImportFiles.goodRow;
import static cn.eport.onboarding.it.operator.ImportFiles.newResidentId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 批量导入 of operators (issue 11 item 5) as an enterprise user does it: the page says what is missing
 * before a 三证合一 record is saved (F-51); the templates download; a mixed GB18030 file is checked and
 * its rejected rows listed with line, column and reason; 【确认导入】, confirmed, saves the good rows,
 * which the operator list then shows as drafts. Keyboard only for the check and the confirmation.
 */
class OperatorImportBrowserIT extends BrowserTestSupport {

    @Test
    void importAMixedFileAndFindTheGoodRowsAsDraftsInTheList() throws IOException {
        String user = newEnterpriseUser("qy-imp", "批量导入测试贸易有限公司", "冯导");
        loginAs(user);
        browser.open("enterprise/operator-import");
        assertTrue(browser.find(By.id("import-precondition")).getText().contains("三证合一"));
        browser.screenshot("operator-import-precondition");
        RegistrationForm.saveNewDraft(browser, "冯导");

        browser.open("enterprise/operator-import");
        String session = browser.sessionId();
        HttpResponse<byte[]> xlsx = browser.rawGet("enterprise/operator-import-template.xlsx", session, HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, xlsx.statusCode());
        assertTrue(xlsx.headers().firstValue("Content-Disposition").orElse("").contains("filename*=UTF-8''"));
        assertEquals('P', (char) xlsx.body()[0], "a ZIP: the .xlsx workbook");
        HttpResponse<String> csv = browser.rawGet("enterprise/operator-import-template.csv", session);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().contains("证件类别,证件号码,姓名,性别,出生日期,手机号码"), csv.body());

        Path file = Files.createTempDirectory("import").resolve("操作员.csv");
        Files.write(file, ImportFiles.csv(List.of(
                goodRow(newResidentId(), "褚导入"),
                "居民身份证,110105199003071539,卫错号,,,,,,,",
                goodRow(newResidentId(), "蒋导入"),
                "居民身份证," + newResidentId() + ",沈手机,,,1380013800,,,,"), Charset.forName("GB18030")));
        browser.driver().findElement(By.id("upload:file")).sendKeys(file.toString());
        browser.find(By.id("upload:check")).sendKeys(Keys.ENTER);

        assertTrue(browser.find(By.id("import-summary")).getText().contains("共 4 行：2 行正确"), browser.find(By.id("import-summary")).getText());
        List<WebElement> rejects = browser.driver().findElements(By.cssSelector("#result\\:rejects_data tr"));
        assertEquals(2, rejects.size());
        assertEquals("3", rejects.get(0).findElement(By.className("reject-line")).getText());
        assertEquals("证件号码", rejects.get(0).findElement(By.className("reject-column")).getText());
        assertTrue(rejects.get(0).findElement(By.className("reject-reason")).getText().contains("校验"),
                rejects.get(0).getText());
        assertEquals("5", rejects.get(1).findElement(By.className("reject-line")).getText());
        assertEquals("手机号码", rejects.get(1).findElement(By.className("reject-column")).getText());
        browser.screenshot("operator-import-checked");

        browser.find(By.id("result:import")).sendKeys(Keys.ENTER);
        WebElement dialog = browser.find(By.id("result:confirm"));
        browser.waitUntil(d -> dialog.getText().contains("2 行"));
        browser.screenshot("operator-import-confirm");
        browser.find(By.id("result:confirm-yes")).click();
        browser.waitForPath("/enterprise/operators");
        String list = browser.find(By.id("content")).getText();
        assertTrue(list.contains("已导入 2 名操作员"), list);
        assertTrue(list.contains("褚导入") && list.contains("蒋导入"), list);
        assertFalse(list.contains("卫错号") || list.contains("沈手机"), list);
        assertTrue(list.contains("暂存"), list);
        browser.screenshot("operator-import-list");
    }

    @Test
    void aFileThatIsNoSpreadsheetOrWronglyHeadedIsRefusedWithAClearMessageInEitherLanguage() throws IOException {
        loginAs("ent-b");
        browser.open("enterprise/operator-import");
        Path png = Files.createTempDirectory("import").resolve("操作员.xlsx");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        browser.driver().findElement(By.id("upload:file")).sendKeys(png.toString());
        browser.find(By.id("upload:check")).click();
        assertTrue(browser.find(By.id("upload:messages")).getText().contains("文件不是表格"), browser.find(By.id("upload:messages")).getText());
        assertTrue(browser.driver().findElements(By.id("import-result")).isEmpty());

        Path headings = png.resolveSibling("表头.csv");
        Files.writeString(headings, "证件类型,证件号码,职务\n居民身份证,1,经理\n");
        browser.driver().findElement(By.id("upload:file")).sendKeys(headings.toString());
        browser.find(By.id("upload:check")).click();
        // the first refusal stays on the page until the answer to this upload replaces it
        String message = messageOnceChangedFrom("文件不是表格");
        assertTrue(message.contains("表头有模板中没有的列：证件类型、职务"), message);
        browser.screenshot("operator-import-wrong-headings");

        browser.find(By.id("header:lang-en")).click();
        browser.waitUntil(d -> "Check file".equals(d.findElement(By.id("upload:check")).getAttribute("value")));
        browser.driver().findElement(By.id("upload:file")).sendKeys(headings.toString());
        browser.find(By.id("upload:check")).click();
        String english = messageOnceChangedFrom("表头有模板中没有的列");
        assertTrue(english.contains("The header has columns that the template does not have: 证件类型, 职务."), english);
        browser.screenshot("operator-import-english");
    }

    /**
     * The import in the IDOR sweep: its URLs carry no id, so what could leak is another enterprise's
     * operators through the duplicate check. Enterprise A imports a person; B's check of the same file
     * finds the person new (nothing of A's is named) and B's list shows none of A's operators.
     */
    @Test
    void anotherEnterprisesImportLearnsNothingOfItsOperators() throws IOException {
        String person = newResidentId();
        Path file = Files.createTempDirectory("import").resolve("甲.csv");
        Files.write(file, ImportFiles.csv(List.of(goodRow(person, "甲方操作员"))));

        loginAs("ent-a");
        check(file);
        browser.find(By.id("result:import")).click();
        browser.find(By.id("result:confirm-yes")).click();
        browser.waitForPath("/enterprise/operators");
        assertTrue(browser.find(By.id("content")).getText().contains("甲方操作员"));

        loginAs("ent-b");
        check(file);
        String summary = browser.find(By.id("import-summary")).getText();
        assertTrue(summary.contains("1 行正确"), summary);
        assertTrue(browser.driver().findElements(By.id("result:rejects")).isEmpty(), "no reject: B does not learn that A has the person");
        browser.screenshot("operator-import-other-enterprise");
        browser.open("enterprise/operators");
        assertFalse(browser.find(By.id("content")).getText().contains("甲方操作员"));
    }

    /** Chooses the file and 【检查文件】, waiting for the result. */
    private void check(Path file) {
        browser.open("enterprise/operator-import");
        browser.driver().findElement(By.id("upload:file")).sendKeys(file.toString());
        browser.find(By.id("upload:check")).click();
        browser.find(By.id("import-summary"));
    }

    private String messageOnceChangedFrom(String earlier) {
        browser.waitUntil(d -> {
            String text = d.findElement(By.id("upload:messages")).getText();
            return !text.isBlank() && !text.contains(earlier);
        });
        return browser.find(By.id("upload:messages")).getText();
    }
}
