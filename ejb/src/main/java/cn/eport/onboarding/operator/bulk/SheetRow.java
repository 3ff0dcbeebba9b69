package cn.eport.onboarding.operator.bulk;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * One data row of an import file: the line it stands on (the header is line 1 of a CSV file or row 1
 * of a sheet, as Excel numbers it) and its cells by column, trimmed, absent when empty.
 */
public record SheetRow(long line, Map<ImportColumn, String> cells) {

    public SheetRow {
        cells = Collections.unmodifiableMap(cells.isEmpty() ? new EnumMap<>(ImportColumn.class) : new EnumMap<>(cells));
    }

    /** The cell of a column, or null when it is empty or the file has no such column. */
    public String get(ImportColumn column) {
        return cells.get(column);
    }
}
