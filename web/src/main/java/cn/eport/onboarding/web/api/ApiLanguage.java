package cn.eport.onboarding.web.api;

import cn.eport.onboarding.i18n.Texts;
import jakarta.ws.rs.core.HttpHeaders;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The language of an API answer: the caller's {@code Accept-Language}, Chinese (the pages' default)
 * unless English is preferred over it. Texts come from the pages' bundle, so the API says what the
 * pages say.
 */
public record ApiLanguage(Locale locale) {

    public static final ApiLanguage CHINESE = new ApiLanguage(Locale.CHINESE);
    public static final ApiLanguage ENGLISH = new ApiLanguage(Locale.ENGLISH);

    /** The caller's language, from the request's {@code Accept-Language}. */
    public static ApiLanguage from(HttpHeaders headers) {
        return of(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    /** From an {@code Accept-Language} header (null or malformed: Chinese). */
    public static ApiLanguage of(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return CHINESE;
        }
        try {
            Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException e) {
            return CHINESE;
        }
        String best = Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), List.of("zh", "en"));
        return "en".equals(best) ? ENGLISH : CHINESE;
    }

    public boolean english() {
        return Locale.ENGLISH.equals(locale);
    }

    public ResourceBundle bundle() {
        return english() ? ResourceBundle.getBundle(Texts.BUNDLE, Locale.ENGLISH, Texts.class.getClassLoader())
                : Texts.chineseBundle();
    }

    /** The text of a key with its arguments ({@link MessageFormat}), in this language. */
    public String text(String key, Object... arguments) {
        String pattern = english() ? Texts.english(key).orElseGet(() -> Texts.chinese(key)) : Texts.chinese(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }
}
