package cn.eport.onboarding.operator.bulk;

import cn.eport.onboarding.attachment.AttachmentRules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads an uploaded operator import file into its data rows: an .xlsx workbook (its first sheet) or
 * a CSV file (UTF-8 with or without BOM, or GB18030). The first non-blank line is the header
 * ({@link SheetHeader}); blank lines are passed over. A file is refused as a whole
 * ({@link SheetRefusedException}) when it is empty, 4 MB or more (the rule of attachments), not a
 * spreadsheet, unreadable, wrongly headed, without data rows or with more than {@link #MAX_ROWS};
 * the reading stops at the first row past the limit, so a huge file costs no more than the limit.
 */
public final class OperatorSheetReader {

    /** The most data rows one import takes. */
    public static final int MAX_ROWS = 5_000;
    /** The size limit of attachments (F-14): files of this size or more are refused. */
    public static final long SIZE_LIMIT = AttachmentRules.SIZE_LIMIT;

    private OperatorSheetReader() {
    }

    public static List<SheetRow> read(byte[] content) throws SheetRefusedException {
        if (content == null || content.length == 0) {
            throw new SheetRefusedException(SheetRefusedException.Reason.EMPTY);
        }
        if (content.length >= SIZE_LIMIT) {
            throw new SheetRefusedException(SheetRefusedException.Reason.TOO_LARGE);
        }
        try (CellLines lines = SheetFormat.of(content).open(content)) {
            SheetHeader header = SheetHeader.of(nextNonBlank(lines)
                    .orElseThrow(() -> new SheetRefusedException(SheetRefusedException.Reason.EMPTY)).cells());
            List<SheetRow> rows = new ArrayList<>();
            Optional<CellLine> line;
            while ((line = nextNonBlank(lines)).isPresent()) {
                if (rows.size() == MAX_ROWS) {
                    throw new SheetRefusedException(SheetRefusedException.Reason.TOO_MANY_ROWS, List.of(String.valueOf(MAX_ROWS)));
                }
                rows.add(header.row(line.get()));
            }
            if (rows.isEmpty()) {
                throw new SheetRefusedException(SheetRefusedException.Reason.NO_ROWS);
            }
            return rows;
        } catch (IOException e) {
            // the content is in memory: reading it fails only on a damaged file
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<CellLine> nextNonBlank(CellLines lines) throws SheetRefusedException {
        Optional<CellLine> line;
        do {
            line = lines.next();
        } while (line.isPresent() && line.get().blank());
        return line;
    }
}
