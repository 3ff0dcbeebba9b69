package cn.eport.onboarding.validation;

import java.util.regex.Pattern;

/** The forms of contact details every form checks alike: e-mail addresses, mainland mobile numbers, postcodes. */
public final class ContactFormats {

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9_%+\\-]+(\\.[A-Za-z0-9_%+\\-]+)*@[A-Za-z0-9\\-]+(\\.[A-Za-z0-9\\-]+)*\\.[A-Za-z]{2,}");
    /** A mainland mobile number: 11 digits starting with 13..19, optionally after +86 or 86. */
    private static final Pattern MOBILE = Pattern.compile("(\\+?86[ \\-]?)?1[3-9][0-9]{9}");
    private static final Pattern POSTCODE = Pattern.compile("[0-9]{6}");

    private ContactFormats() {
    }

    public static boolean isEmail(String text) {
        return text != null && EMAIL.matcher(text).matches();
    }

    public static boolean isMobile(String text) {
        return text != null && MOBILE.matcher(text).matches();
    }

    public static boolean isPostcode(String text) {
        return text != null && POSTCODE.matcher(text).matches();
    }
}
