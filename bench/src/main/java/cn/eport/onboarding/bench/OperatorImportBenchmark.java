package cn.eport.onboarding.bench;

import cn.eport.onboarding.operator.OperatorRules;
import cn.eport.onboarding.operator.bulk.ImportColumn;
import cn.eport.onboarding.operator.bulk.OperatorSheetReader;
import cn.eport.onboarding.operator.bulk.RowValues;
import cn.eport.onboarding.operator.bulk.SheetRefusedException;
import cn.eport.onboarding.operator.bulk.SheetRow;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The operator import's reading and row checks outside the server (bench/README.md): a file of
 * {@code bench.rows} (500) valid operators as .xlsx and as GB18030 CSV, read by {@link OperatorSheetReader}
 * and every row turned into the form's input ({@link RowValues}) and checked by {@link OperatorRules},
 * {@code bench.iterations} times after {@code bench.warmup} rounds; prints p50, p99 and max per file.
 * The same reading and rules run in the server before the rows are saved; the whole import in the server
 * (read, check, duplicates against the database, save in one transaction) is timed by
 * OperatorImportServiceIT#fiveHundredRowsImportInWellUnderTenSeconds.
 */
public final class OperatorImportBenchmark {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    private OperatorImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = Integer.getInteger("bench.rows", 500);
        int warmup = Math.min(Integer.getInteger("bench.warmup", 50), 200);
        int iterations = Math.min(Integer.getInteger("bench.iterations", 200), 1000);
        List<String[]> people = people(rows);
        byte[] xlsx = xlsx(people);
        byte[] csv = csv(people);
        System.out.printf("operator import: %d rows; .xlsx %,d bytes, GB18030 CSV %,d bytes; %d warm-up rounds, %d timed%n",
                rows, xlsx.length, csv.length, warmup, iterations);
        report(".xlsx", measure(xlsx, rows, warmup, iterations));
        report("GB18030 CSV", measure(csv, rows, warmup, iterations));
    }

    private static long[] measure(byte[] file, int rows, int warmup, int iterations) throws SheetRefusedException {
        RowValues values = new RowValues(Set.of("201"), Map.of("居民身份证", "201"));
        Clock clock = Clock.systemUTC();
        long[] times = new long[iterations];
        for (int i = -warmup; i < iterations; i++) {
            long start = System.nanoTime();
            List<SheetRow> read = OperatorSheetReader.read(file);
            int problems = 0;
            for (SheetRow row : read) {
                RowValues.Read input = values.read(row);
                problems += input.problems().size() + OperatorRules.checkRaw(input.input(), false, clock).size();
            }
            long took = System.nanoTime() - start;
            if (read.size() != rows || problems != 0) {
                throw new IllegalStateException(read.size() + " rows, " + problems + " problems");
            }
            if (i >= 0) {
                times[i] = took;
            }
        }
        Arrays.sort(times);
        return times;
    }

    private static void report(String what, long[] sorted) {
        System.out.printf("  %-12s read + check: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", what, sorted[sorted.length / 2] / 1e6,
                sorted[(int) Math.ceil(sorted.length * 0.99) - 1] / 1e6, sorted[sorted.length - 1] / 1e6);
    }

    /** Valid operators: a resident ID of its own each, name, mobile, e-mail. */
    private static List<String[]> people(int count) {
        List<String[]> people = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            LocalDate birth = LocalDate.of(1970, 1, 1).plusDays(i);
            String base = "110105" + birth.toString().replace("-", "") + "001";
            int sum = 0;
            for (int d = 0; d < 17; d++) {
                sum += (base.charAt(d) - '0') * WEIGHTS[d];
            }
            people.add(new String[] {"居民身份证", base + "10X98765432".charAt(sum % 11), "操作员" + i, "男", birth.toString(),
                    "13800138000", "010-62345678", "op" + i + "@example.cn", "北京市朝阳区建国路 " + i + " 号", "100022"});
        }
        return people;
    }

    private static byte[] xlsx(List<String[]> people) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "bench", "1.0");
        Worksheet sheet = workbook.newWorksheet("操作员");
        ImportColumn[] columns = ImportColumn.values();
        for (int c = 0; c < columns.length; c++) {
            sheet.value(0, c, columns[c].heading());
        }
        for (int r = 0; r < people.size(); r++) {
            for (int c = 0; c < columns.length; c++) {
                sheet.value(r + 1, c, people.get(r)[c]);
            }
        }
        workbook.finish();
        return out.toByteArray();
    }

    private static byte[] csv(List<String[]> people) {
        String header = Arrays.stream(ImportColumn.values()).map(ImportColumn::heading).collect(Collectors.joining(","));
        String body = people.stream().map(p -> String.join(",", p)).collect(Collectors.joining("\r\n"));
        return (header + "\r\n" + body + "\r\n").getBytes(Charset.forName("GB18030"));
    }
}
