package cn.eport.onboarding.operator.bulk;

import java.util.List;

/** A line of cells as the file has them (CSV record or sheet row), with the line number a user sees. */
record CellLine(long line, List<String> cells) {

    /** Whether every cell is empty (a blank line, or a sheet row that only has formatting). */
    boolean blank() {
        return cells.stream().allMatch(c -> c == null || c.isEmpty());
    }
}
