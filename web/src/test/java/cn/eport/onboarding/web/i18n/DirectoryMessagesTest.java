package cn.eport.onboarding.web.i18n;

import cn.eport.onboarding.directory.Directory;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every "directory unavailable" outcome of the ejb module has its text in both languages. */
class DirectoryMessagesTest {

    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES);

    @Test
    void eachDirectorysUnavailableMessageExistsInChineseAndEnglish() {
        ResourceBundle zh = ResourceBundle.getBundle(Messages.BUNDLE, Locale.ROOT, NO_FALLBACK);
        ResourceBundle en = ResourceBundle.getBundle(Messages.BUNDLE, Locale.ENGLISH, NO_FALLBACK);
        for (Directory directory : Directory.values()) {
            String key = directory.unavailableMessageKey();
            assertTrue(zh.containsKey(key) && en.keySet().contains(key), key);
            assertTrue(zh.getString(key).contains("稍后再试"), zh.getString(key));
            assertTrue(en.getString(key).contains("try again later"), en.getString(key));
            assertNotEquals(zh.getString(key), en.getString(key));
        }
    }
}
