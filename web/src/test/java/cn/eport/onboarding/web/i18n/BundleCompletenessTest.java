package cn.eport.onboarding.web.i18n;

import cn.eport.onboarding.audit.AccessRefusals;
import cn.eport.onboarding.audit.AuditAction;
import cn.eport.onboarding.codetable.CodeStatus;
import cn.eport.onboarding.codetable.CodeTable;
import cn.eport.onboarding.web.frame.MainMenu;
import cn.eport.onboarding.web.frame.MenuGroup;
import cn.eport.onboarding.web.frame.MenuItem;
import cn.eport.onboarding.workflow.ApplicationKind;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BundleCompletenessTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BundleCompletenessTest.class.getResourceAsStream("/cn/eport/onboarding/i18n/" + name);
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(reader);
        }
        return p;
    }

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        assertEquals(new TreeSet<>(load("messages.properties").stringPropertyNames()),
                new TreeSet<>(load("messages_en.properties").stringPropertyNames()));
    }

    @Test
    void noTextIsEmpty() throws IOException {
        for (String file : new String[]{"messages.properties", "messages_en.properties"}) {
            Properties p = load(file);
            p.stringPropertyNames().forEach(k -> assertFalse(p.getProperty(k).isBlank(), file + ": " + k));
        }
    }

    @Test
    void everyMenuLabelHasATextInBothLanguages() throws IOException {
        Properties zh = load("messages.properties");
        Properties en = load("messages_en.properties");
        for (MenuGroup g : MainMenu.GROUPS) {
            assertTrue(zh.containsKey(g.labelKey()) && en.containsKey(g.labelKey()), g.labelKey());
            for (MenuItem i : g.items()) {
                assertTrue(zh.containsKey(i.labelKey()) && en.containsKey(i.labelKey()), i.labelKey());
            }
        }
    }

    /** The code-table browser builds these keys from enum names (codeTable.X, codeStatus.X). */
    @Test
    void everyCodeTableAndCodeStatusHasATextInBothLanguages() throws IOException {
        Properties zh = load("messages.properties");
        Properties en = load("messages_en.properties");
        Stream.concat(Stream.of(CodeTable.values()).map(t -> "codeTable." + t.name()),
                        Stream.of(CodeStatus.values()).map(s -> "codeStatus." + s.name()))
                .forEach(key -> assertTrue(zh.containsKey(key) && en.containsKey(key), key));
    }

    /** Pages build these keys from enum names (applicationKind.X): every kind, also those not reviewed yet. */
    @Test
    void everyApplicationKindHasATextInBothLanguages() throws IOException {
        Properties zh = load("messages.properties");
        Properties en = load("messages_en.properties");
        Stream.of(ApplicationKind.values()).map(k -> "applicationKind." + k.name())
                .forEach(key -> assertTrue(zh.containsKey(key) && en.containsKey(key), key));
    }

    /** The audit pages build these keys from enum names (audit.action.X, audit.refused.X for refused access). */
    @Test
    void everyAuditActionAndRefusalAnswerHasATextInBothLanguages() throws IOException {
        Properties zh = load("messages.properties");
        Properties en = load("messages_en.properties");
        Stream.concat(Stream.of(AuditAction.values()).map(a -> "audit.action." + a.name()),
                        Stream.of(AccessRefusals.Answer.values()).map(a -> "audit.refused." + a.name()))
                .forEach(key -> assertTrue(zh.containsKey(key) && en.containsKey(key), key));
    }

    @Test
    void everyKeyThePagesUseExists() throws IOException {
        Properties zh = load("messages.properties");
        Pattern use = Pattern.compile("msg\\['([^']+)'\\]");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher m = use.matcher(Files.readString(page));
                while (m.find()) {
                    if (!zh.containsKey(m.group(1))) {
                        missing.add(page + ": " + m.group(1));
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), missing.toString());
    }

    @Test
    void chineseIsTheDefaultForUnknownLanguages() {
        assertEquals(SupportedLanguage.ZH, SupportedLanguage.fromTag(null));
        assertEquals(SupportedLanguage.ZH, SupportedLanguage.fromTag("fr"));
        assertEquals(SupportedLanguage.EN, SupportedLanguage.fromTag("EN"));
    }
}
