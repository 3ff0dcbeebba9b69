package cn.eport.onboarding.bench;

import cn.eport.onboarding.validation.UsccValidator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedWriter;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The data and the baseline of the code-table-sync benchmark (bench/batch-bench.sh, bench/README.md):
 * <ul>
 * <li>{@code generate <file> <rows>}: a registry-records file (docs/batch-files.md) of valid rows with
 * distinct USCCs, streamed to disk;</li>
 * <li>{@code baseline <jdbc url> <file>}: the same file read with the same CSV library and upserted by
 * plain JDBC batches (INSERT … ON CONFLICT DO UPDATE, 1,000 rows a batch and a commit) into a table
 * shaped like {@code dir_registry_record}, without any checks: what the job's throughput is compared
 * with. Prints rows per second.</li>
 * </ul>
 */
public final class RegistryBench {

    private static final String HEADER = "uscc,enterprise_name,legal_person_name,legal_person_type,enterprise_type,status_code,"
            + "registered_capital,capital_unit,address,issuing_authority_name,registration_authority,established_on,business_scope";
    private static final int BATCH = 1000;

    private RegistryBench() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "generate" -> generate(Path.of(args[1]), Integer.parseInt(args[2]));
            case "baseline" -> baseline(args[1], Path.of(args[2]));
            default -> throw new IllegalArgumentException("generate <file> <rows> | baseline <jdbc url> <file>");
        }
    }

    static String uscc(long n) {
        String first17 = "91110000" + String.format(Locale.ROOT, "%09d", n);
        return first17 + UsccValidator.checkCharacter(first17);
    }

    private static void generate(Path file, int rows) throws Exception {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER + "\n");
            for (int i = 1; i <= rows; i++) {
                out.write(uscc(i) + ",基准测试" + i + "示例贸易有限公司,张" + (i % 997) + ",1,6,1," + (100 + i % 9000)
                        + ",WAN_YUAN,北京市海淀区示例路" + i + "号,北京市海淀区市场监督管理局,110108,2015-0" + (1 + i % 9) + "-1" + (i % 10)
                        + ",货物进出口；技术进出口。\n");
            }
        }
    }

    private static void baseline(String url, Path file) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, System.getProperty("bench.pg.user", "postgres"), "")) {
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("DROP TABLE IF EXISTS bench_registry_baseline");
                ddl.execute("CREATE TABLE bench_registry_baseline (LIKE dir_registry_record INCLUDING DEFAULTS INCLUDING CONSTRAINTS"
                        + " INCLUDING INDEXES)");
                ddl.execute("CREATE SEQUENCE IF NOT EXISTS bench_registry_baseline_seq");
            }
            connection.setAutoCommit(false);
            String sql = "INSERT INTO bench_registry_baseline (id, version, uscc, enterprise_name, legal_person_name, legal_person_type,"
                    + " enterprise_type, status_code, registered_capital, capital_unit, address, issuing_authority_name,"
                    + " registration_authority, established_on, business_scope, synced_at)"
                    + " VALUES (nextval('bench_registry_baseline_seq'), 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                    + " ON CONFLICT (uscc) DO UPDATE SET enterprise_name = EXCLUDED.enterprise_name,"
                    + " legal_person_name = EXCLUDED.legal_person_name, legal_person_type = EXCLUDED.legal_person_type,"
                    + " enterprise_type = EXCLUDED.enterprise_type, status_code = EXCLUDED.status_code,"
                    + " registered_capital = EXCLUDED.registered_capital, capital_unit = EXCLUDED.capital_unit,"
                    + " address = EXCLUDED.address, issuing_authority_name = EXCLUDED.issuing_authority_name,"
                    + " registration_authority = EXCLUDED.registration_authority, established_on = EXCLUDED.established_on,"
                    + " business_scope = EXCLUDED.business_scope, synced_at = EXCLUDED.synced_at";
            long started = System.nanoTime();
            long rows = 0;
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                 PreparedStatement upsert = connection.prepareStatement(sql)) {
                Timestamp now = Timestamp.from(Instant.now());
                for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                    for (int c = 0; c < 13; c++) {
                        String value = r.get(c);
                        if (c == 6) {
                            upsert.setBigDecimal(c + 1, new BigDecimal(value));
                        } else if (c == 11) {
                            upsert.setDate(c + 1, Date.valueOf(LocalDate.parse(value)));
                        } else {
                            upsert.setString(c + 1, value.isEmpty() ? null : value);
                        }
                    }
                    upsert.setTimestamp(14, now);
                    upsert.addBatch();
                    if (++rows % BATCH == 0) {
                        upsert.executeBatch();
                        connection.commit();
                    }
                }
                upsert.executeBatch();
                connection.commit();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf(Locale.ROOT, "baseline: %d rows in %.1f s = %.0f rows/s%n", rows, seconds, rows / seconds);
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("DROP TABLE bench_registry_baseline");
                ddl.execute("DROP SEQUENCE bench_registry_baseline_seq");
            }
            connection.commit();
        }
    }
}
