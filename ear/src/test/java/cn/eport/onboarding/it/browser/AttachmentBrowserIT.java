package cn.eport.onboarding.it.browser;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 随附单据 (F-14) as the manual describes it: 单据类型 first, then 选择文件, then 上传; the server's
 * refusals in the user's words; files uploaded while a new record is entered are kept with its 暂存
 * and then listed, read-only, with a working download on its view; deleting asks first.
 */
class AttachmentBrowserIT extends BrowserTestSupport {

    private static final String LICENCE = "BUSINESS_LICENCE";
    private static final String TOO_LARGE = "系统目前只支持4M以下的文件";

    @TempDir
    static Path dir;
    private static Path almostFour;
    private static Path four;
    private static Path farTooLarge;
    private static Path textAsPdf;
    private static Path empty;
    private static Path png;

    @BeforeAll
    static void files() throws IOException {
        almostFour = write("营业执照-3.9M.pdf", file("%PDF-1.4\n", (int) (3.9 * 1024 * 1024)));
        four = write("scan-4M.pdf", file("%PDF-1.4\n", 4 * 1024 * 1024));
        farTooLarge = write("scan-6M.pdf", file("%PDF-1.4\n", 6 * 1024 * 1024));
        textAsPdf = write("licence.pdf", "这是一段文字，不是PDF文件。".getBytes(StandardCharsets.UTF_8));
        empty = write("empty.pdf", new byte[0]);
        png = write("法人身份证.png", file("\u0089PNG\r\n\u001a\n", 2000));
    }

    /** Starts with the signature (Latin-1 characters are the bytes), the rest random. */
    private static byte[] file(String signature, int size) {
        byte[] content = new byte[size];
        new Random(size).nextBytes(content);
        byte[] head = signature.getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(head, 0, content, 0, head.length);
        return content;
    }

    private static Path write(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    @Test
    void filesOfANewRecordAreCheckedListedAndKeptWithItsFirstSave() throws IOException {
        loginAs("ent-b");
        browser.open("enterprise/registration-edit");
        type("reg:contactName", "附件测试联系人");

        upload(null, almostFour);
        assertEquals("请先选择单据类型。", message());
        assertTrue(rows().isEmpty());

        upload(LICENCE, almostFour);
        assertEquals("已上传“营业执照-3.9M.pdf”。", message());
        WebElement row = onlyRow();
        assertTrue(row.getText().contains("企业营业执照"), row.getText());
        assertTrue(row.getText().contains("营业执照-3.9M.pdf") && row.getText().contains("3.9 MB"), row.getText());
        assertTrue(row.findElements(By.cssSelector("a.attachment-download")).isEmpty(),
                "a file of a record not yet saved cannot be viewed yet (the manual)");

        upload(LICENCE, four);
        assertEquals(TOO_LARGE, message(), "exactly 4 MB reaches the server and is refused with the manual's words");
        screenshotOfPanel("attachments-refused-4mb");
        upload(LICENCE, textAsPdf);
        assertEquals("只能上传PDF、JPEG或PNG文件，请检查文件内容。", message());
        upload(LICENCE, empty);
        assertEquals("文件为空，请选择要上传的文件。", message());
        upload(LICENCE, null);
        assertEquals("请先点击【选择文件】选择要上传的文件。", message());
        assertEquals(1, rows().size(), "none of the refused files is listed");

        new Select(browser.find(By.id("att:documentType"))).selectByValue(LICENCE);
        browser.driver().findElement(By.id("att:file")).sendKeys(farTooLarge.toString());
        browser.find(By.id("att:upload-button")).click();
        assertEquals(TOO_LARGE, browser.waitUntil(d -> {
            String text = d.findElement(By.cssSelector("#att-panel .attachment-client-message")).getText();
            return text.isEmpty() ? null : text;
        }), "a file far too large for the server gets the same message, in the browser");
        assertEquals("", browser.driver().findElement(By.cssSelector("#att-panel .attachment-server-message")).getText(),
                "in place of the answer to the earlier upload");
        assertEquals(1, rows().size());
        assertEquals("附件测试联系人", browser.find(By.id("reg:contactName")).getAttribute("value"), "nothing typed is lost");
        screenshotOfPanel("attachments-new-record");

        browser.find(By.id("reg:save-draft")).click();
        browser.find(By.id("reg:confirm-yes")).click();
        browser.waitForPath("/enterprise/registrations");
        String id = browser.find(By.cssSelector("#query\\:records_data tr .record-number")).getAttribute("data-id");

        browser.open("enterprise/registration-view?id=" + id);
        WebElement link = browser.find(By.cssSelector("#att-panel a.attachment-download"));
        assertEquals("营业执照-3.9M.pdf", link.getText().strip());
        assertTrue(browser.driver().findElements(By.cssSelector("#att-panel .attachment-delete, #att-panel input[type=file]")).isEmpty(),
                "the view is read-only");
        screenshotOfPanel("attachments-view");

        String path = link.getAttribute("href").replaceFirst("^.*/eport/", "");
        HttpResponse<byte[]> download = browser.rawGet(path, browser.sessionId(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, download.statusCode());
        assertEquals("application/pdf", download.headers().firstValue("Content-Type").orElse(""));
        assertTrue(download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"),
                download.headers().toString());
        assertEquals("nosniff", download.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertArrayEquals(Files.readAllBytes(almostFour), download.body(), "the very bytes uploaded");
    }

    @Test
    void deletingAsksFirstAndCancelKeepsTheFile() {
        loginAs("ent-b");
        browser.open("enterprise/registration-edit");
        type("reg:contactName", "附件删除测试");
        browser.find(By.id("reg:save-draft")).click();
        browser.find(By.id("reg:confirm-yes")).click();
        browser.waitForPath("/enterprise/registrations");
        String id = browser.find(By.cssSelector("#query\\:records_data tr .record-number")).getAttribute("data-id");

        browser.open("enterprise/registration-edit?id=" + id);
        upload("LEGAL_PERSON_ID", png);
        assertEquals("已上传“法人身份证.png”。", message());
        assertTrue(onlyRow().getText().contains("法人身份证件"), onlyRow().getText());
        assertEquals(1, onlyRow().findElements(By.cssSelector("a.attachment-download")).size(),
                "a saved record's files can be viewed on its modify page");

        onlyRow().findElement(By.cssSelector(".attachment-delete")).click();
        WebElement dialog = browser.find(By.id("att:delete-dialog"));
        assertTrue(dialog.getText().contains("确定删除附件“法人身份证.png”吗？"), dialog.getText());
        browser.screenshot("attachments-delete-confirm");
        browser.find(By.id("att:delete-no")).click();
        browser.waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.id("att:delete-dialog")));
        assertEquals(1, rows().size(), "cancel keeps the file");

        onlyRow().findElement(By.cssSelector(".attachment-delete")).click();
        browser.find(By.id("att:delete-yes")).click();
        browser.waitUntil(d -> rows().isEmpty());
        assertEquals("已删除“法人身份证.png”。", message());
        assertTrue(browser.find(By.cssSelector("#att-panel .attachment-none")).isDisplayed());

        browser.open("enterprise/registration-view?id=" + id);
        assertEquals("尚未上传随附单据。", browser.find(By.cssSelector("#att-panel .attachment-none")).getText());
    }

    @Test
    void aRequestFarTooLargeForTheServerGetsTheManualsMessageNotAnError() throws Exception {
        loginAs("ent-b");
        byte[] body = new byte[7 * 1024 * 1024];
        // the server answers before reading the body; "Expect: 100-continue" lets the client hear that
        // answer instead of a reset while it is still sending
        HttpRequest request = HttpRequest.newBuilder(URI.create(browser.url("enterprise/registration-edit?id=7&x=%22")))
                .version(HttpClient.Version.HTTP_1_1).expectContinue(true)
                .header("Cookie", "JSESSIONID=" + browser.sessionId())
                .header("Content-Type", "multipart/form-data; boundary=eport")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(413, response.statusCode());
        assertTrue(response.body().contains(TOO_LARGE), response.body());
        assertTrue(response.body().contains("<a href=\"/eport/enterprise/registration-edit?id=7&amp;x=%22\">返回</a>"),
                "back to the form by a link, not by script (ADR 0014): " + response.body());
    }

    private void upload(String documentType, Path file) {
        AttachmentPanel.upload(browser, documentType, file);
    }

    /** What the user sees with the panel scrolled into view. */
    private void screenshotOfPanel(String name) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'end'})", browser.find(By.id("att-panel")));
        browser.screenshot(name);
    }

    private String message() {
        return browser.driver().findElement(By.id("att:message")).getText();
    }

    private List<WebElement> rows() {
        return AttachmentPanel.rows(browser);
    }

    private WebElement onlyRow() {
        List<WebElement> rows = rows();
        assertEquals(1, rows.size());
        return rows.get(0);
    }

    private void type(String id, String text) {
        WebElement field = browser.find(By.id(id));
        field.clear();
        field.sendKeys(text);
    }
}
