package cn.eport.onboarding.operator.bulk;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The first sheet of an .xlsx workbook, streamed row by row (FastExcel, StAX: no workbook in memory).
 * Cells become the text a user sees: numbers without exponent or trailing zeros (a mobile number typed
 * as a number reads 13800138000), date cells as yyyy-MM-dd.
 */
final class XlsxLines implements CellLines {

    private final ReadableWorkbook workbook;
    private final Stream<Row> rows;
    private final Iterator<Row> iterator;

    private XlsxLines(ReadableWorkbook workbook, Stream<Row> rows) {
        this.workbook = workbook;
        this.rows = rows;
        this.iterator = rows.iterator();
    }

    static XlsxLines open(byte[] content) throws SheetRefusedException {
        ReadableWorkbook workbook = null;
        try {
            workbook = new ReadableWorkbook(new ByteArrayInputStream(content), new ReadingOptions(true, false));
            return new XlsxLines(workbook, workbook.getFirstSheet().openStream());
        } catch (IOException | RuntimeException e) {
            closeQuietly(workbook);
            throw new SheetRefusedException(SheetRefusedException.Reason.UNREADABLE);
        }
    }

    @Override
    public Optional<CellLine> next() throws SheetRefusedException {
        try {
            if (!iterator.hasNext()) {
                return Optional.empty();
            }
            Row row = iterator.next();
            List<String> cells = new ArrayList<>(row.getCellCount());
            for (int i = 0; i < row.getCellCount(); i++) {
                cells.add(text(row.getCell(i)));
            }
            return Optional.of(new CellLine(row.getRowNum(), cells));
        } catch (RuntimeException e) {
            // FastExcel's ExcelReaderException and XML stream errors of a damaged sheet
            throw new SheetRefusedException(SheetRefusedException.Reason.UNREADABLE);
        }
    }

    static String text(Cell cell) {
        if (cell == null) {
            return null;
        }
        String text = switch (cell.getType()) {
            case NUMBER -> CellDates.isDate(cell.getDataFormatId(), cell.getDataFormatString())
                    ? cell.asDate().toLocalDate().toString()
                    : cell.asNumber().stripTrailingZeros().toPlainString();
            case EMPTY -> null;
            case FORMULA -> cell.getRawValue();
            default -> cell.getText();
        };
        return text == null ? null : text.strip();
    }

    @Override
    public void close() throws IOException {
        rows.close();
        workbook.close();
    }

    private static void closeQuietly(ReadableWorkbook workbook) {
        if (workbook != null) {
            try {
                workbook.close();
            } catch (IOException ignored) {
                // the workbook could not be read: nothing more to release
            }
        }
    }
}
