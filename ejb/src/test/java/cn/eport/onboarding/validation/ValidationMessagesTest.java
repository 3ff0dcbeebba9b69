package cn.eport.onboarding.validation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ValidationMessages bundles: complete in both languages and in step with {@link Reason}. */
class ValidationMessagesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]*)}");
    private static final Set<String> ANNOTATION_KEYS = Set.of(
            "cn.eport.onboarding.validation.Uscc.message", "cn.eport.onboarding.validation.IdNumber.message");

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ValidationMessagesTest.class.getResourceAsStream("/" + name);
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(reader);
        }
        return p;
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    @Test
    void chineseAndEnglishHaveTheSameKeysAndTheKeysAreExactlyTheReasonsAndAnnotations() throws IOException {
        Set<String> expected = new TreeSet<>(ANNOTATION_KEYS);
        Arrays.stream(Reason.values()).map(Reason::key).forEach(expected::add);
        assertEquals(expected, new TreeSet<>(load("ValidationMessages.properties").stringPropertyNames()));
        assertEquals(expected, new TreeSet<>(load("ValidationMessages_en.properties").stringPropertyNames()));
        assertTrue(load("ValidationMessages_zh.properties").isEmpty());
    }

    @ParameterizedTest
    @EnumSource(Reason.class)
    void everyTextUsesExactlyTheArgumentsOfItsReason(Reason reason) throws IOException {
        for (String file : new String[]{"ValidationMessages.properties", "ValidationMessages_en.properties"}) {
            String text = load(file).getProperty(reason.key());
            assertFalse(text.isBlank(), file + ": " + reason);
            assertEquals(new TreeSet<>(reason.parameters()), placeholders(text), file + ": " + reason);
            assertFalse(text.contains("$") || text.contains("\\"), file + ": " + reason + " has EL or escape characters");
        }
    }

    @Test
    void formatsProblemsInChineseByDefaultAndInEnglish() {
        ValidationProblem problem = ValidationProblem.of(Reason.CHECK_CHARACTER, "X", "0");
        assertEquals("校验码错误：按前面各位计算应为“X”，实际为“0”。请核对号码。",
                ValidationTexts.forLocale(Locale.SIMPLIFIED_CHINESE).format(problem));
        assertEquals("校验码错误：按前面各位计算应为“X”，实际为“0”。请核对号码。",
                ValidationTexts.forLocale(Locale.FRENCH).format(problem));
        assertEquals("Wrong check character: the characters before it give \"X\", but it is \"0\". Please check the number.",
                ValidationTexts.forLocale(Locale.ENGLISH).format(problem));
    }

    @Test
    void argumentValuesAreInsertedAsTheyAre() {
        assertEquals("第 3 位应为数字，实际为“{actual}”。",
                ValidationTexts.forLocale(Locale.CHINA).format(ValidationProblem.of(Reason.NOT_DIGIT, 3, "{actual}")));
    }

    @Test
    void everyReasonFormatsWithoutPlaceholdersLeft() {
        for (Reason reason : Reason.values()) {
            Object[] values = reason.parameters().stream().map(p -> "v").toArray();
            for (Locale locale : new Locale[]{Locale.CHINA, Locale.ENGLISH}) {
                String text = ValidationTexts.forLocale(locale).format(ValidationProblem.of(reason, values));
                assertFalse(text.contains("{"), locale + " " + reason + ": " + text);
            }
        }
        assertEquals(Set.of(), Arrays.stream(Reason.values()).map(Reason::key)
                .filter(k -> !k.startsWith("eport.validation.")).collect(Collectors.toSet()));
    }
}
