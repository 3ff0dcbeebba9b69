package cn.eport.onboarding.i18n;

import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The pages' texts bundle read outside a page (no JSF request): what server-side records and
 * documents say, in Chinese (the base bundle) and in English.
 */
public final class Texts {

    public static final String BUNDLE = "cn.eport.onboarding.i18n.messages";
    /** Exactly the bundle asked for: never the server's default locale's instead. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Texts() {
    }

    /** The Chinese texts: the base bundle, whatever the server's default locale. */
    public static ResourceBundle chineseBundle() {
        return ResourceBundle.getBundle(BUNDLE, Locale.ROOT, Texts.class.getClassLoader(), NO_FALLBACK);
    }

    /** The Chinese text of a key. */
    public static String chinese(String key) {
        return chineseBundle().getString(key);
    }

    /** The English text of a key, if the English bundle has it. */
    public static Optional<String> english(String key) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH, Texts.class.getClassLoader(), NO_FALLBACK);
        return bundle.containsKey(key) && Locale.ENGLISH.getLanguage().equals(bundle.getLocale().getLanguage())
                ? Optional.of(bundle.getString(key)) : Optional.empty();
    }
}
