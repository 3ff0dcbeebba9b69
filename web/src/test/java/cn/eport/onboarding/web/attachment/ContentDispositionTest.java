package cn.eport.onboarding.web.attachment;

import org.junit.jupiter.api.Test;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

class ContentDispositionTest {

    @Test
    void chineseNamesTravelAsUtf8WithAnAsciiFallback() {
        assertEquals("attachment; filename=\"attachment.pdf\"; filename*=UTF-8''%E8%90%A5%E4%B8%9A%E6%89%A7%E7%85%A7.pdf",
                ContentDisposition.attachment("营业执照.pdf"));
    }

    @Test
    void aDocumentToShowIsInlineWithTheSameSafeName() {
        assertEquals("inline; filename=\"SZ2026-000123-1.pdf\"; filename*=UTF-8''SZ2026-000123-1.pdf",
                ContentDisposition.inline("SZ2026-000123-1.pdf"));
        assertFalse(ContentDisposition.inline("a\r\nb.pdf").contains("\n"));
    }

    @Test
    void mixedNamesKeepTheirAsciiPartInTheFallback() {
        assertEquals("attachment; filename=\"scan 2026__.png\"; filename*=UTF-8''scan%202026%E5%B9%B4%E5%BA%A6.png",
                ContentDisposition.attachment("scan 2026年度.png"));
    }

    @Test
    void quotesBackslashesAndLineBreaksCannotBreakTheHeader() {
        String header = ContentDisposition.attachment("a\"b\\c\r\nSet-Cookie: x=1;.pdf");
        assertEquals("attachment; filename=\"a_b_c__Set-Cookie: x=1;.pdf\"; filename*=UTF-8''a%22b%5Cc%0D%0ASet-Cookie%3A%20x%3D1%3B.pdf",
                header);
        assertFalse(header.contains("\r") || header.contains("\n"));
    }

    @Test
    void theEncodedNameDecodesToTheDisplayName() {
        String name = "法人身份证件 (正面) 李娜's ID.jpg";
        String encoded = ContentDisposition.encode(name);
        assertEquals(name, URLDecoder.decode(encoded, StandardCharsets.UTF_8));
        assertFalse(encoded.contains(" ") || encoded.contains("'") || encoded.contains("("));
    }

    @Test
    void aMissingNameIsCalledFile() {
        assertEquals("attachment; filename=\"file\"; filename*=UTF-8''file", ContentDisposition.attachment(" "));
    }

    @Test
    void onlyAPositiveNumericIdIsAccepted() {
        assertEquals(42L, AttachmentDownloadServlet.idOf("/42"));
        assertNull(AttachmentDownloadServlet.idOf(null));
        assertNull(AttachmentDownloadServlet.idOf("/"));
        assertNull(AttachmentDownloadServlet.idOf("/0"));
        assertNull(AttachmentDownloadServlet.idOf("/-1"));
        assertNull(AttachmentDownloadServlet.idOf("/12/../13"));
        assertNull(AttachmentDownloadServlet.idOf("/1e3"));
        assertNull(AttachmentDownloadServlet.idOf("/99999999999999999999"));
    }
}
