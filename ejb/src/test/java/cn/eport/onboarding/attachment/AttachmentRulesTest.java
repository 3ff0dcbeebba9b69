package cn.eport.onboarding.attachment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AttachmentRulesTest {

    private static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};

    private static byte[] ofSize(int size, byte[] start) {
        byte[] content = Arrays.copyOf(start, size);
        return content;
    }

    @Test
    void recognisesPdfJpegAndPngByContent() {
        assertEquals(Optional.of(FileKind.PDF), FileKind.of(PDF));
        assertEquals(Optional.of(FileKind.JPEG), FileKind.of(JPEG));
        assertEquals(Optional.of(FileKind.PNG), FileKind.of(PNG));
    }

    @Test
    void aTextFileRenamedToPdfIsNotAPdf() {
        byte[] text = "This is not a PDF, whatever its name says.".getBytes(StandardCharsets.UTF_8);
        assertEquals(Optional.empty(), FileKind.of(text));
        assertEquals(Optional.of(AttachmentRules.Refusal.NOT_PDF_JPEG_OR_PNG), AttachmentRules.check(text, 0));
        assertEquals(Optional.empty(), FileKind.of(new byte[]{'%', 'P', 'D'}), "too short for the signature");
        assertEquals(Optional.empty(), FileKind.of(null));
    }

    @Test
    void sizeLimitIsBelowFourMegabytes() {
        assertEquals(Optional.empty(), AttachmentRules.check(ofSize(4 * 1024 * 1024 - 1, PDF), 0));
        assertEquals(Optional.empty(), AttachmentRules.check(ofSize((int) (3.9 * 1024 * 1024), JPEG), 0));
        assertEquals(Optional.of(AttachmentRules.Refusal.TOO_LARGE), AttachmentRules.check(ofSize(4 * 1024 * 1024, PDF), 0));
    }

    @Test
    void emptyFilesAndTheTwentyFirstFileAreRefused() {
        assertEquals(Optional.of(AttachmentRules.Refusal.EMPTY), AttachmentRules.check(new byte[0], 0));
        assertEquals(Optional.of(AttachmentRules.Refusal.EMPTY), AttachmentRules.check(null, 0));
        assertEquals(Optional.empty(), AttachmentRules.check(PNG, 19));
        assertEquals(Optional.of(AttachmentRules.Refusal.TOO_MANY_FILES), AttachmentRules.check(PNG, 20));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "营业执照.pdf|营业执照.pdf",
            "C:\\Users\\zhang\\Desktop\\法人身份证.jpg|法人身份证.jpg",
            "../../etc/passwd|passwd",
            "/tmp/scan.png|scan.png",
            "''|file",
    })
    void originalNamesAreShownWithoutAnyPath(String original, String shown) {
        assertEquals(shown, AttachmentRules.displayName(original));
    }

    @Test
    void controlCharactersAndOverlongNamesAreCleaned() {
        assertEquals("ab.pdf", AttachmentRules.displayName("a\r\nb.pdf"));
        assertEquals(200, AttachmentRules.displayName("x".repeat(300) + ".pdf").length());
        assertEquals("file", AttachmentRules.displayName(null));
    }
}
