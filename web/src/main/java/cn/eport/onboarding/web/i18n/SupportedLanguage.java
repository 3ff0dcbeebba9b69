package cn.eport.onboarding.web.i18n;

import java.util.Locale;

/** The languages of the UI; Chinese is the default for anything unknown. */
public enum SupportedLanguage {
    ZH("zh-CN", Locale.SIMPLIFIED_CHINESE),
    EN("en", Locale.ENGLISH);

    private final String tag;
    private final Locale locale;

    SupportedLanguage(String tag, Locale locale) {
        this.tag = tag;
        this.locale = locale;
    }

    public String tag() {
        return tag;
    }

    public Locale locale() {
        return locale;
    }

    public static SupportedLanguage fromTag(String tag) {
        for (SupportedLanguage language : values()) {
            if (language.tag.equalsIgnoreCase(tag)) {
                return language;
            }
        }
        return ZH;
    }

    public static SupportedLanguage of(Locale locale) {
        return EN.locale.getLanguage().equals(locale.getLanguage()) ? EN : ZH;
    }
}
