package cn.eport.onboarding.web.format;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FormatsTest {

    private final Formats formats = new Formats();

    @Test
    void fileSizesInBytesKilobytesAndMegabytes() {
        assertEquals("0 B", formats.fileSize(0));
        assertEquals("1023 B", formats.fileSize(1023));
        assertEquals("1 KB", formats.fileSize(1024));
        assertEquals("35 KB", formats.fileSize(35 * 1024 + 100));
        assertEquals("3.9 MB", formats.fileSize((long) (3.9 * 1024 * 1024)));
        assertEquals("4.0 MB", formats.fileSize(4L * 1024 * 1024));
    }
}
