package cn.eport.onboarding.web.i18n;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The page bundle in each language, read without fallback, for tests of its texts. */
public final class Bundles {

    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES);
    /** Chinese, the base bundle. */
    public static final ResourceBundle ZH = ResourceBundle.getBundle(Messages.BUNDLE, Locale.ROOT, NO_FALLBACK);
    public static final ResourceBundle EN = ResourceBundle.getBundle(Messages.BUNDLE, Locale.ENGLISH, NO_FALLBACK);

    private Bundles() {
    }

    /** The key has a text in both languages, and they differ (none is left untranslated). */
    public static void inBothLanguages(String key) {
        assertTrue(ZH.containsKey(key) && EN.keySet().contains(key), key);
        assertNotEquals(ZH.getString(key), EN.getString(key), key);
    }

    /**
     * Every problem key a rules class declares (its public static String constants, at least
     * {@code atLeast} of them) has its text in both languages, and the text starts with the field's
     * label, its first argument.
     */
    public static void problemTextsNameTheField(Class<?> rules, int atLeast) {
        List<String> keys = new ArrayList<>();
        for (Field constant : rules.getFields()) {
            if (Modifier.isStatic(constant.getModifiers()) && constant.getType() == String.class) {
                try {
                    keys.add((String) constant.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        assertTrue(keys.size() >= atLeast, keys.toString());
        for (String key : keys) {
            inBothLanguages(key);
            for (ResourceBundle bundle : List.of(ZH, EN)) {
                String text = format(bundle, key, "LABEL", "DETAIL");
                assertTrue(text.startsWith("LABEL"), key + ": " + text);
            }
        }
    }

    /** A key's text with its arguments, as {@link Messages#get} formats it. */
    public static String format(ResourceBundle bundle, String key, Object... arguments) {
        return arguments.length == 0 ? bundle.getString(key) : new MessageFormat(bundle.getString(key), bundle.getLocale()).format(arguments);
    }
}
