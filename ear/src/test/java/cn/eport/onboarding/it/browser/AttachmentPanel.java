package cn.eport.onboarding.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** The 随附单据 panel (e:attachments with id "att") as a user works it, on any application's page. */
public final class AttachmentPanel {

    private AttachmentPanel() {
    }

    /** A small PNG scan (its signature and 1,500 bytes) under this file name, in a folder of its own. */
    public static Path pngScan(String fileName) {
        return pngScan(fileName, new byte[1500]);
    }

    /** A PNG scan whose content is its own (random bytes after the signature): another file, another SHA-256. */
    public static Path distinctPngScan(String fileName) {
        byte[] content = new byte[2000];
        ThreadLocalRandom.current().nextBytes(content);
        return pngScan(fileName, content);
    }

    private static Path pngScan(String fileName, byte[] content) {
        try {
            byte[] signature = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
            System.arraycopy(signature, 0, content, 0, signature.length);
            return Files.write(Files.createTempDirectory("scan").resolve(fileName), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Chooses the type (none: leaves 请选择) and the file (none: no file), clicks 上传 and waits for the answer. */
    public static void upload(Browser browser, String documentType, Path file) {
        Select types = new Select(browser.find(By.id("att:documentType")));
        if (documentType == null) {
            types.selectByIndex(0);
        } else {
            types.selectByValue(documentType);
        }
        if (file != null) {
            browser.driver().findElement(By.id("att:file")).sendKeys(file.toString());
        }
        WebElement before = browser.find(By.id("att:upload"));
        browser.find(By.id("att:upload-button")).click();
        try {
            browser.waitUntil(ExpectedConditions.stalenessOf(before));
        } catch (org.openqa.selenium.TimeoutException e) {
            browser.screenshot("attachments-upload-failed");
            throw e;
        }
    }

    public static List<WebElement> rows(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#att-panel tr.attachment-row"));
    }
}
