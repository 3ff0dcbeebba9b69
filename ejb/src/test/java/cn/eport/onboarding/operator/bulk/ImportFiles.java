package cn.eport.onboarding.operator.bulk;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Import files for the tests: CSV text in a charset, .xlsx workbooks of given cells. */
final class ImportFiles {

    static final String HEADER = "证件类别,证件号码,姓名,性别,出生日期,手机号码,固定电话,电子邮箱,联系地址,邮政编码";

    private ImportFiles() {
    }

    static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] csv(String text, Charset charset) {
        return text.getBytes(charset);
    }

    /** A workbook whose first sheet holds the rows (row 1 first); a cell is a String, Number or LocalDate. */
    static byte[] xlsx(List<List<Object>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "test", "1.0");
            Worksheet sheet = workbook.newWorksheet("Sheet1");
            for (int r = 0; r < rows.size(); r++) {
                List<Object> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    Object cell = row.get(c);
                    if (cell instanceof String s) {
                        sheet.value(r, c, s);
                    } else if (cell instanceof Number n) {
                        sheet.value(r, c, n);
                    } else if (cell instanceof java.time.LocalDate d) {
                        sheet.value(r, c, d);
                        sheet.style(r, c).format("yyyy-mm-dd").set();
                    }
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
