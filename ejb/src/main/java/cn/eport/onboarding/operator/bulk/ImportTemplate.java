package cn.eport.onboarding.operator.bulk;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The downloadable import templates: the header row with the Chinese headings of {@link ImportColumn}
 * and one example row that shows the formats (delete it before importing). The .xlsx formats every
 * column as text, so that Excel keeps 18-digit ID numbers and leading zeros as typed; the .csv is
 * UTF-8 with a byte order mark, which Excel needs to open Chinese UTF-8 text.
 */
public final class ImportTemplate {

    /** The example row, one cell a column: a valid resident ID of a man born 1990-03-07. */
    static final String[] EXAMPLE = {"居民身份证", "110105199003071538", "王小明", "男", "1990-03-07", "13800138000",
            "010-62345678", "wangxm@example.com", "北京市朝阳区建国路 1 号", "100022"};

    private static final String SHEET_NAME = "操作员";

    private ImportTemplate() {
    }

    public static byte[] xlsx() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "eport", "1.0");
            Worksheet sheet = workbook.newWorksheet(SHEET_NAME);
            ImportColumn[] columns = ImportColumn.values();
            for (int c = 0; c < columns.length; c++) {
                sheet.style(c).format("@").set();
                sheet.width(c, 22);
                sheet.value(0, c, columns[c].heading());
                sheet.style(0, c).bold().format("@").set();
                sheet.value(1, c, EXAMPLE[c]);
                sheet.style(1, c).format("@").set();
            }
            sheet.freezePane(0, 1);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] csv() {
        String text = "\uFEFF" + Arrays.stream(ImportColumn.values()).map(ImportColumn::heading).collect(Collectors.joining(","))
                + "\r\n" + String.join(",", EXAMPLE) + "\r\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
