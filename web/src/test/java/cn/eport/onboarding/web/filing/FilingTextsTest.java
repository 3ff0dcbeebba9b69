package cn.eport.onboarding.web.filing;

import cn.eport.onboarding.directory.Directory;
import cn.eport.onboarding.filing.FilingCheck;
import cn.eport.onboarding.filing.FilingObstacle;
import cn.eport.onboarding.web.i18n.Messages;
import cn.eport.onboarding.workflow.ApplicationStatus;
import org.junit.jupiter.api.Test;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.BiFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The texts of a filing's page: each obstacle in the manual's words in both languages, with its
 * arguments filled in; an unreachable directory says "try again later"; the status words.
 */
class FilingTextsTest {

    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final ResourceBundle ZH = ResourceBundle.getBundle(Messages.BUNDLE, Locale.ROOT, NO_FALLBACK);
    private static final ResourceBundle EN = ResourceBundle.getBundle(Messages.BUNDLE, Locale.ENGLISH, NO_FALLBACK);

    private static BiFunction<String, Object[], String> texts(ResourceBundle bundle) {
        return (key, arguments) -> new MessageFormat(bundle.getString(key), bundle.getLocale()).format(arguments);
    }

    @Test
    void everyObstacleHasItsTextInBothLanguages() {
        for (FilingObstacle obstacle : FilingObstacle.values()) {
            String key = obstacle.messageKey();
            assertTrue(ZH.containsKey(key) && EN.keySet().contains(key), key);
            assertNotEquals(ZH.getString(key), EN.getString(key), key);
        }
    }

    @Test
    void theManualsWordsAndWhatToDo() {
        assertTrue(text(FilingCheck.blocked(FilingObstacle.NO_CUSTOMS_RECORD)).contains("请联系海关企管处确认"));
        assertTrue(text(FilingCheck.blocked(FilingObstacle.NO_REGISTRATION)).contains("三证合一"));
        assertTrue(text(FilingCheck.blocked(FilingObstacle.FOREX_DEREGISTERED)).contains("外汇注销名录"));
    }

    @Test
    void anUnfinishedFilingIsNamedWithItsNumberAndDate() {
        String zh = text(FilingCheck.blocked(FilingObstacle.OLD_SYSTEM_FILING_PENDING, "BA2026091500317", LocalDate.of(2026, 9, 15)));
        assertTrue(zh.contains("老系统") && zh.contains("BA2026091500317") && zh.contains("2026-09-15"), zh);
        String en = FilingTexts.of(FilingCheck.blocked(FilingObstacle.RA_SYSTEM_FILING_PENDING, "RA2026102000141",
                LocalDate.of(2026, 10, 20)), texts(EN));
        assertTrue(en.contains("RA system") && en.contains("RA2026102000141") && en.contains("2026-10-20"), en);
    }

    @Test
    void anUnreachableDirectorySaysTryAgainLater() {
        assertEquals(ZH.getString(Directory.PENDING_FILINGS.unavailableMessageKey()),
                text(new FilingCheck.Unavailable(Directory.PENDING_FILINGS)));
        assertTrue(text(new FilingCheck.Unavailable(Directory.CUSTOMS_RECORDS)).contains("稍后再试"));
    }

    @Test
    void aClearCheckHasNoText() {
        assertNull(text(FilingCheck.clear()));
    }

    @Test
    void everyStatusWordOfThePageExists() {
        assertEquals("未备案", ZH.getString(FilingPageMode.statusKey(null)));
        assertEquals("备案通过", ZH.getString(FilingPageMode.statusKey(ApplicationStatus.APPROVED)));
        for (ApplicationStatus status : ApplicationStatus.values()) {
            assertTrue(ZH.containsKey(FilingPageMode.statusKey(status)) && EN.keySet().contains(FilingPageMode.statusKey(status)));
        }
    }

    private static String text(FilingCheck check) {
        return FilingTexts.of(check, texts(ZH));
    }
}
