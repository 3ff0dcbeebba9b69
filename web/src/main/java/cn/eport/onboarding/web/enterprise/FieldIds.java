package cn.eport.onboarding.web.enterprise;

import java.util.Locale;

/** How a form's field names (rule enums such as {@code CONTACT_PHONE}) become input ids on the page ({@code contactPhone}). */
final class FieldIds {

    private FieldIds() {
    }

    /** The field's name in lowerCamelCase. */
    static String inputId(Enum<?> field) {
        String[] words = field.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder id = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            id.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return id.toString();
    }
}
