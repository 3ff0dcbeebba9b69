package cn.eport.onboarding.web.enterprise;

import cn.eport.onboarding.declaration.DeclaredFields;

/** How a form's field names (rule enums such as {@code CONTACT_PHONE}) become input ids on the page ({@code contactPhone}). */
final class FieldIds {

    private FieldIds() {
    }

    /** The field's name in lowerCamelCase: the same name a declaration, a mark and a diff use ({@link DeclaredFields#name}). */
    static String inputId(Enum<?> field) {
        return DeclaredFields.name(field);
    }
}
