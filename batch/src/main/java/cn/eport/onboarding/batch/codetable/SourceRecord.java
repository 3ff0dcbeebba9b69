package cn.eport.onboarding.batch.codetable;

import cn.eport.onboarding.validation.RowFields;

import java.util.Map;

/**
 * One record of a source file, CSV row or XML element alike: the line it starts on, its fields by
 * name (trimmed; empty ones absent), the text for the reject list, and whether it has every field the
 * header has (a CSV row with too few or too many fields is rejected whole).
 */
public record SourceRecord(long line, Map<String, String> fields, String raw, String shapeProblem) implements RowFields {

    @Override
    public String get(String field) {
        return fields.get(field);
    }
}
