package cn.eport.onboarding.operator.bulk;

import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * The two kinds of import file, told apart by their content, not by their name: an .xlsx workbook
 * (a ZIP) or a CSV text. A picture, PDF or other binary renamed .xlsx or .csv is neither.
 */
enum SheetFormat {

    XLSX,
    CSV;

    /** What a workbook may unpack to: a 5,000-row sheet is a few MB; more is a damaged file or a ZIP bomb. */
    static final long UNPACKED_LIMIT = 64L * 1024 * 1024;

    static SheetFormat of(byte[] content) throws SheetRefusedException {
        if (content.length >= 8 && ReadableWorkbook.isOOXMLZipHeader(content)) {
            return XLSX;
        }
        if (content.length >= 8 && ReadableWorkbook.isOLE2Header(content)) {
            throw new SheetRefusedException(SheetRefusedException.Reason.OLD_EXCEL_FORMAT);
        }
        for (byte b : content) {
            // text has no control characters but tab, line feed and carriage return; binary files do
            if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' || b == 0x7F) {
                throw new SheetRefusedException(SheetRefusedException.Reason.NOT_A_SPREADSHEET);
            }
        }
        return CSV;
    }

    CellLines open(byte[] content) throws SheetRefusedException, IOException {
        if (this == CSV) {
            return CsvLines.open(content);
        }
        checkUnpackedSize(content);
        return XlsxLines.open(content);
    }

    /** Unpacks the workbook once without keeping anything, refusing it past {@link #UNPACKED_LIMIT}. */
    private static void checkUnpackedSize(byte[] content) throws SheetRefusedException {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        // Commons Compress (FastExcel's own ZIP reader) takes the stored entries with data descriptors that
        // some writers make, which java.util.zip's stream refuses
        try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(content), "UTF-8", true, true)) {
            while (zip.getNextEntry() != null) {
                int read;
                while ((read = zip.read(buffer)) != -1) {
                    total += read;
                    if (total > UNPACKED_LIMIT) {
                        throw new SheetRefusedException(SheetRefusedException.Reason.UNREADABLE);
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new SheetRefusedException(SheetRefusedException.Reason.UNREADABLE);
        }
    }
}
