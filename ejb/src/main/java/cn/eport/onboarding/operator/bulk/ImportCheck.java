package cn.eport.onboarding.operator.bulk;

import java.util.List;

/**
 * What the check of an import file found: its data rows ({@code rows}), those that may be saved
 * ({@code good}, in file order) and every problem of the others ({@code rejects}, by line and column).
 * Nothing is stored by the check.
 */
public record ImportCheck(int rows, List<ImportRow> good, List<RowReject> rejects) {

    public ImportCheck {
        good = List.copyOf(good);
        rejects = List.copyOf(rejects);
    }

    /** How many rows have at least one problem. */
    public long rejectedRows() {
        return rejects.stream().mapToLong(RowReject::line).distinct().count();
    }
}
