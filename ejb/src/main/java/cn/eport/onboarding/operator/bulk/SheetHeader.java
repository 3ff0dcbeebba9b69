package cn.eport.onboarding.operator.bulk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The header row of an import file: which cell position holds which column. Every heading must be a
 * column of the template ({@link ImportColumn}), none twice, and the required columns must be there;
 * otherwise the file is refused naming the headings at fault. Empty heading cells are passed over.
 */
final class SheetHeader {

    private final Map<ImportColumn, Integer> positions;

    private SheetHeader(Map<ImportColumn, Integer> positions) {
        this.positions = positions;
    }

    static SheetHeader of(List<String> headings) throws SheetRefusedException {
        Map<ImportColumn, Integer> positions = new EnumMap<>(ImportColumn.class);
        Set<String> unknown = new LinkedHashSet<>();
        Set<String> duplicates = new LinkedHashSet<>();
        for (int i = 0; i < headings.size(); i++) {
            String heading = headings.get(i) == null ? "" : headings.get(i).strip();
            if (heading.isEmpty()) {
                continue;
            }
            var column = ImportColumn.ofHeading(heading);
            if (column.isEmpty()) {
                unknown.add(heading);
            } else if (positions.putIfAbsent(column.get(), i) != null) {
                duplicates.add(heading);
            }
        }
        if (!unknown.isEmpty()) {
            throw new SheetRefusedException(SheetRefusedException.Reason.UNKNOWN_HEADINGS, new ArrayList<>(unknown));
        }
        if (!duplicates.isEmpty()) {
            throw new SheetRefusedException(SheetRefusedException.Reason.DUPLICATE_HEADINGS, new ArrayList<>(duplicates));
        }
        List<String> missing = Arrays.stream(ImportColumn.values())
                .filter(c -> c.required() && !positions.containsKey(c)).map(ImportColumn::heading).toList();
        if (!missing.isEmpty()) {
            throw new SheetRefusedException(SheetRefusedException.Reason.MISSING_HEADINGS, missing);
        }
        return new SheetHeader(positions);
    }

    /** The data row of a line: each column's cell, trimmed, left out when empty. */
    SheetRow row(CellLine line) {
        Map<ImportColumn, String> cells = new EnumMap<>(ImportColumn.class);
        positions.forEach((column, position) -> {
            String cell = position < line.cells().size() ? line.cells().get(position) : null;
            if (cell != null && !cell.isBlank()) {
                cells.put(column, cell.strip());
            }
        });
        return new SheetRow(line.line(), cells);
    }
}
