package cn.eport.onboarding.directory;

import cn.eport.onboarding.validation.TextInput;

/** Checks shared by the directory records: required texts are present, optional blanks are absent. */
final class Fields {

    private Fields() {
    }

    static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value.strip();
    }

    static <T> T required(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }

    static String optional(String value) {
        return TextInput.strippedOrNull(value);
    }
}
