package cn.eport.onboarding.operator.bulk;

import java.util.List;

/**
 * An import file refused as a whole, before any row is checked: why, and what the message names (the
 * wrong or missing headings, the limit that was passed).
 */
public class SheetRefusedException extends Exception {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** No bytes, or no header row. */
        EMPTY,
        /** As attachments (F-14): 4 MB or more. */
        TOO_LARGE,
        /** Neither an .xlsx workbook nor a text (CSV) file: a picture, a PDF, an archive, … */
        NOT_A_SPREADSHEET,
        /** An Excel 97-2003 (.xls) workbook: to be saved as .xlsx or .csv. */
        OLD_EXCEL_FORMAT,
        /** A ZIP that is no readable workbook, or one that unpacks to more than the reader takes. */
        UNREADABLE,
        /** A CSV file that cannot be parsed on from a line (named): an unclosed quote. */
        MALFORMED_CSV,
        /** Headings that are no column of the template (named). */
        UNKNOWN_HEADINGS,
        /** Required columns that the header row lacks (named). */
        MISSING_HEADINGS,
        /** A heading written twice (named). */
        DUPLICATE_HEADINGS,
        /** The header row and no data row. */
        NO_ROWS,
        /** More data rows than {@link OperatorSheetReader#MAX_ROWS}. */
        TOO_MANY_ROWS
    }

    private final Reason reason;
    private final List<String> names;

    public SheetRefusedException(Reason reason, List<String> names) {
        super(reason + (names.isEmpty() ? "" : " " + names));
        this.reason = reason;
        this.names = List.copyOf(names);
    }

    public SheetRefusedException(Reason reason) {
        this(reason, List.of());
    }

    public Reason reason() {
        return reason;
    }

    /** What the message names: headings, or the limit as text; empty when it names nothing. */
    public List<String> names() {
        return names;
    }
}
