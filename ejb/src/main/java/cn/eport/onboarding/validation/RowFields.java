package cn.eport.onboarding.validation;

/** The fields of one record of a file, by column (CSV) or element (XML) name; trimmed, null when empty or absent. */
@FunctionalInterface
public interface RowFields {

    String get(String field);
}
