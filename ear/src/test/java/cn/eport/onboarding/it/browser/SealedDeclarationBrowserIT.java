package cn.eport.onboarding.it.browser;

import cn.eport.onboarding.attachment.FileSizes;
import cn.eport.onboarding.audit.Sha256;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sealed PDF in the browser (issue 12 item 3): after a 申报 the enterprise's view page shows, in
 * the row of the declared version, the sealed PDF's download link and SHA-256, and 打印 opens that PDF;
 * the reviewer's page shows it too. The downloaded PDF is kept beside the screenshots (sealed-first-declaration.pdf) for a person to look at.
 */
class SealedDeclarationBrowserIT extends BrowserTestSupport {

    private static final String ENTERPRISE = "封存测试贸易有限公司";

    @Test
    void theViewPageListsTheSealedCopyAndPrintOpensIt() throws IOException {
        String user = newEnterpriseUser("sealed", ENTERPRISE, "钱封");
        loginAs(user);
        browser.open("enterprise/registration-edit");
        RegistrationForm.fillByHand(browser, "29", "2900", "钱封");
        RegistrationForm.declare(browser);
        WebElement row = new Forms(browser).rows("query:records").get(0);
        String id = Forms.recordId(row);
        String number = Forms.recordNumber(row);

        browser.open("enterprise/registration-view?id=" + id);
        WebElement version = browser.find(By.id("version-1"));
        assertTrue(version.getText().contains("SHA-256"), "the first declared version with its sealed PDF: " + version.getText());
        WebElement link = browser.find(By.id("sealed-download-1"));
        assertEquals(number + "-1.pdf", link.getText().strip());
        showCopies();
        browser.screenshot("sealed-view-page");

        String href = link.getAttribute("href");
        String path = href.substring(href.indexOf("/eport/") + "/eport/".length());
        HttpResponse<byte[]> pdf = browser.rawGet(path, browser.sessionId(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElseThrow());
        String text = text(pdf.body());
        assertTrue(text.contains(number) && text.contains(ENTERPRISE) && text.contains("三证合一信息登记表"), text);
        assertTrue(version.getText().contains(Sha256.hex(pdf.body())), "the page shows the downloaded PDF's SHA-256");
        assertTrue(version.getText().contains("（" + FileSizes.format(pdf.body().length) + "）"), "and its size: " + version.getText());
        Path dir = Path.of(System.getProperty("eport.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        Files.write(dir.resolve("sealed-first-declaration.pdf"), pdf.body());

        WebElement print = browser.find(By.id("print"));
        assertTrue(print.getAttribute("href").endsWith(path + "?print"), "打印 opens the sealed PDF: " + print.getAttribute("href"));
        List<String> before = new ArrayList<>(browser.driver().getWindowHandles());
        print.click();
        browser.waitUntil(d -> d.getWindowHandles().size() == before.size() + 1);
        String opened = browser.driver().getWindowHandles().stream().filter(h -> !before.contains(h)).findFirst().orElseThrow();
        browser.driver().switchTo().window(opened);
        browser.waitUntil(d -> d.getCurrentUrl().endsWith(path + "?print"));
        browser.driver().close();
        browser.driver().switchTo().window(before.get(0));

        loginAs("reviewer");
        browser.open("review/application?kind=ENTERPRISE_REGISTRATION&id=" + id);
        assertEquals(number + "-1.pdf", browser.find(By.id("sealed-download-1")).getText().strip());
        showCopies();
        browser.screenshot("sealed-review-page");
    }

    /** Scrolls the declared versions with their sealed PDFs into the screenshot. */
    private void showCopies() {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'end'})",
                browser.find(By.id("versions")));
    }

    private static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
