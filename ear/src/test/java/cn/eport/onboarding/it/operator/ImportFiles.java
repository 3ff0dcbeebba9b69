package cn.eport.onboarding.it.operator;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Operator import files for the integration and browser tests: people with valid resident IDs of their own, as CSV or .xlsx. */
public final class ImportFiles {

    public static final String HEADER = "证件类别,证件号码,姓名,性别,出生日期,手机号码,固定电话,电子邮箱,联系地址,邮政编码";
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";
    /** Birth days apart for every person a run makes, so that no two tests (nor two runs on one database) share one. */
    private static final AtomicInteger NEXT = new AtomicInteger((int) (System.currentTimeMillis() / 1000 % 20_000));

    private ImportFiles() {
    }

    /** A valid 18-digit resident ID (北京朝阳, a birth day of its own, an odd sequence: a man). */
    public static String newResidentId() {
        int n = NEXT.incrementAndGet();
        LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(n % 15_000);
        String base = "110105" + birth.toString().replace("-", "") + String.format("%03d", (n / 15_000 * 2 + 1) % 1000);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (base.charAt(i) - '0') * WEIGHTS[i];
        }
        return base + CHECK.charAt(sum % 11);
    }

    /** A CSV line of a good operator with this ID number. */
    public static String goodRow(String idNumber, String name) {
        return "居民身份证," + idNumber + "," + name + ",,,13800138000,,ops@example.cn,,";
    }

    /** The header and the lines, CRLF, in UTF-8. */
    public static byte[] csv(List<String> lines) {
        return csv(lines, StandardCharsets.UTF_8);
    }

    public static byte[] csv(List<String> lines, Charset charset) {
        List<String> all = new ArrayList<>();
        all.add(HEADER);
        all.addAll(lines);
        return (String.join("\r\n", all) + "\r\n").getBytes(charset);
    }

    /** The header and the rows (cells split at commas) as the first sheet of a workbook, every cell text. */
    public static byte[] xlsx(List<String> lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "it", "1.0");
            Worksheet sheet = workbook.newWorksheet("操作员");
            List<String> all = new ArrayList<>();
            all.add(HEADER);
            all.addAll(lines);
            for (int r = 0; r < all.size(); r++) {
                String[] cells = all.get(r).split(",", -1);
                for (int c = 0; c < cells.length; c++) {
                    if (!cells[c].isEmpty()) {
                        sheet.value(r, c, cells[c]);
                    }
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** {@code count} good rows of new people. */
    public static List<String> goodRows(int count, String namePrefix) {
        List<String> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            rows.add(goodRow(newResidentId(), namePrefix + i));
        }
        return rows;
    }
}
