package cn.eport.onboarding.declaration;

import java.io.Serializable;

/**
 * One field of an application as it was declared, whatever its kind: what the snapshot of a 申报
 * keeps, the sealed PDF prints, the diff compares and a reviewer's mark points at.
 *
 * @param field     the field's name on the kind's form: its rule enum in lowerCamelCase
 *                  ({@code customsDistrict}), the same name as the form's input id and the mark's field
 * @param labelKey  the bundle key of its label ({@code registration.field.customsDistrict})
 * @param value     the stored value as text (a code as its code, a date as ISO-8601, a number plain,
 *                  empty for none): what the diff compares
 * @param display   what a person reads, in Chinese, as it was at the 申报 (a code with its name then,
 *                  {@code 2200 上海海关}; empty for none)
 * @param displayEn the same in English where it differs (a code's English name), else null
 */
public record DeclaredField(String field, String labelKey, String value, String display, String displayEn)
        implements Serializable {

    /** What a person reads in this language: English when asked for and known, else Chinese. */
    public String display(boolean english) {
        return english && displayEn != null ? displayEn : display;
    }
}
