package cn.eport.onboarding.web.enterprise;

import java.io.Serializable;

/**
 * Where an application kind's entry form lives and what it says.
 *
 * @param formId        the id of the page's form ({@code reg}), the prefix of its inputs' client ids
 * @param messagePrefix the kind's bundle prefix ({@code registration}): {@code .declared},
 *                      {@code .savedDraft} and {@code .field.<inputId>} follow it
 * @param viewPath      the kind's read-only page, where a record that may not be modified is shown
 * @param listPath      where the user lands after a save
 */
public record FormPages(String formId, String messagePrefix, String viewPath, String listPath) implements Serializable {

    /** The client id of a field's input: the rule enum's name in lowerCamelCase inside the form. */
    public String clientId(Enum<?> field) {
        return formId + ":" + FieldIds.inputId(field);
    }

    /** The bundle key of a field's label. */
    public String labelKey(Enum<?> field) {
        return messagePrefix + ".field." + FieldIds.inputId(field);
    }
}
