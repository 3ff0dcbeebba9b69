package cn.eport.onboarding.web.i18n;

import cn.eport.onboarding.attachment.AttachmentRefusedException.Reason;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every refusal of the attachment service has its text in both languages; the size limit in the manual's words. */
class AttachmentMessagesTest {

    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES);

    @Test
    void eachRefusalHasAChineseAndAnEnglishMessage() {
        ResourceBundle zh = ResourceBundle.getBundle(Messages.BUNDLE, Locale.ROOT, NO_FALLBACK);
        ResourceBundle en = ResourceBundle.getBundle(Messages.BUNDLE, Locale.ENGLISH, NO_FALLBACK);
        for (Reason reason : Reason.values()) {
            String key = reason.bundleKey();
            assertTrue(zh.containsKey(key) && en.keySet().contains(key), key);
            assertNotEquals(zh.getString(key), en.getString(key), key);
        }
        assertEquals("系统目前只支持4M以下的文件", zh.getString(Reason.TOO_LARGE.bundleKey()));
    }
}
