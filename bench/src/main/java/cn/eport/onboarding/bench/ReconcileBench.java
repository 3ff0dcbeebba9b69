package cn.eport.onboarding.bench;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;

/**
 * The data and the baseline of the review-reconcile benchmark (bench/batch-bench.sh, bench/README.md):
 * <ul>
 * <li>{@code seed <jdbc url> <rows>}: {@code rows} 补办法人卡 applications, declared (申报), of
 * {@code rows / 1000} enterprises, written straight into the product's tables with ids from
 * {@link #FIRST_ID} on (far above what the sequences hand out);</li>
 * <li>{@code generate <file> <rows>}: the back office's results file for them (docs/review-results-file.md):
 * one decision per application by its 编号, nine in ten 审核通过 and one in ten 退回 with a reason;</li>
 * <li>{@code baseline <jdbc url> <file>}: the same file read with the same CSV library, and per line the
 * same rows the job writes for an applied decision, by plain JDBC batches (1,000 lines a batch and a
 * commit) into copies of the tables with their indexes: the application's status, its history entry,
 * its audit entry, the report line and the decision id. No lookups, no checks, no ORM: what the job's
 * throughput is compared with. Prints rows per second.</li>
 * </ul>
 */
public final class ReconcileBench {

    static final long FIRST_ID = 10_000_001L;
    private static final int PER_ENTERPRISE = 1000;
    private static final int BATCH = 1000;
    private static final String[] TABLES = {"legal_person_card", "status_transition", "audit_event", "review_reconcile_line",
            "review_decision_applied"};
    private static final String HEADER = "decision_id,application_no,kind,uscc,decision,reason,reviewer,decided_at";

    private ReconcileBench() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "seed" -> seed(args[1], Integer.parseInt(args[2]));
            case "generate" -> generate(Path.of(args[1]), Integer.parseInt(args[2]));
            case "baseline" -> baseline(args[1], Path.of(args[2]));
            default -> throw new IllegalArgumentException("seed <jdbc url> <rows> | generate <file> <rows> | baseline <jdbc url> <file>");
        }
    }

    private static String uscc(long enterprise) {
        return RegistryBench.uscc(900_000_000L + enterprise);
    }

    private static Connection connect(String url) throws Exception {
        Connection connection = DriverManager.getConnection(url, System.getProperty("bench.pg.user", "postgres"), "");
        connection.setAutoCommit(false);
        return connection;
    }

    private static void seed(String url, int rows) throws Exception {
        Timestamp now = Timestamp.from(Instant.now());
        int enterprises = (rows + PER_ENTERPRISE - 1) / PER_ENTERPRISE;
        try (Connection connection = connect(url);
             PreparedStatement enterprise = connection.prepareStatement("INSERT INTO enterprise (id, version, uscc, name,"
                     + " legal_person, created_at) VALUES (?, 1, ?, ?, '张基准', ?)");
             PreparedStatement card = connection.prepareStatement("INSERT INTO legal_person_card (id, version, enterprise_uscc,"
                     + " enterprise_name, legal_person, status, creation_token, reissue_reason, id_type, id_number,"
                     + " customs_district_code, card_issuer_code, contact_name, contact_phone, created_at, updated_at,"
                     + " declared_at, status_changed_at) VALUES (?, 1, ?, ?, '张基准', 'DECLARED', ?, 'LOST', '1',"
                     + " '110101199003071234', '0100', '0100', '李联系', '13800138000', ?, ?, ?, ?)")) {
            for (int e = 1; e <= enterprises; e++) {
                enterprise.setLong(1, FIRST_ID + e);
                enterprise.setString(2, uscc(e));
                enterprise.setString(3, "基准测试企业" + e);
                enterprise.setTimestamp(4, now);
                enterprise.addBatch();
            }
            enterprise.executeBatch();
            for (int i = 0; i < rows; i++) {
                int e = 1 + i / PER_ENTERPRISE;
                card.setLong(1, FIRST_ID + i);
                card.setString(2, uscc(e));
                card.setString(3, "基准测试企业" + e);
                card.setString(4, String.format(Locale.ROOT, "bench-%030d", i));
                for (int p = 5; p <= 8; p++) {
                    card.setTimestamp(p, now);
                }
                card.addBatch();
                if ((i + 1) % BATCH == 0) {
                    card.executeBatch();
                    connection.commit();
                }
            }
            card.executeBatch();
            connection.commit();
            try (Statement analyze = connection.createStatement()) {
                analyze.execute("ANALYZE legal_person_card");
                analyze.execute("ANALYZE enterprise");
            }
            connection.commit();
        }
        System.out.printf(Locale.ROOT, "seeded %d declared 补办法人卡 applications of %d enterprises%n", rows, enterprises);
    }

    private static void generate(Path file, int rows) throws Exception {
        int year = Instant.now().atZone(java.time.ZoneId.of("Asia/Shanghai")).getYear();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER + "\n");
            for (int i = 0; i < rows; i++) {
                boolean returned = i % 10 == 9;
                out.write("BENCH-" + i + ",BK" + year + "-" + String.format(Locale.ROOT, "%06d", FIRST_ID + i) + ",,,"
                        + (returned ? "退回,补办原因与所附材料不符，请补充说明。" : "审核通过,") + ",王审核,2026-12-05 21:30:00\n");
            }
        }
    }

    private static void baseline(String url, Path file) throws Exception {
        try (Connection connection = connect(url)) {
            try (Statement ddl = connection.createStatement()) {
                for (String table : TABLES) {
                    ddl.execute("DROP TABLE IF EXISTS bench_" + table);
                    ddl.execute("CREATE TABLE bench_" + table + " (LIKE " + table + " INCLUDING DEFAULTS INCLUDING CONSTRAINTS"
                            + " INCLUDING INDEXES)");
                }
                ddl.execute("INSERT INTO bench_legal_person_card SELECT * FROM legal_person_card WHERE id >= " + FIRST_ID);
                ddl.execute("UPDATE bench_legal_person_card SET status = 'DECLARED'");
                ddl.execute("ANALYZE bench_legal_person_card");
            }
            connection.commit();
            long started = System.nanoTime();
            long rows = 0;
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                 PreparedStatement status = connection.prepareStatement("UPDATE bench_legal_person_card SET status = ?,"
                         + " version = version + 1, status_changed_at = ?, updated_at = ? WHERE id = ?");
                 PreparedStatement line = connection.prepareStatement("INSERT INTO bench_review_reconcile_line (instance_id,"
                         + " record_no, line_no, execution_id, decision_id, application_kind, application_id, application_no,"
                         + " decision, reviewer, category, message) VALUES (1, ?, ?, 1, ?, 'LEGAL_PERSON_CARD', ?, ?, ?, ?, 'APPLIED', ?)");
                 PreparedStatement applied = connection.prepareStatement("INSERT INTO bench_review_decision_applied (decision_id,"
                         + " application_kind, application_id, decision, instance_id, record_no, applied_at)"
                         + " VALUES (?, 'LEGAL_PERSON_CARD', ?, ?, 1, ?, ?)");
                 PreparedStatement history = connection.prepareStatement("INSERT INTO bench_status_transition (id, version,"
                         + " application_kind, application_id, enterprise_uscc, from_status, to_status, action, actor, reason,"
                         + " occurred_at) VALUES (?, 1, 'LEGAL_PERSON_CARD', ?, ?, 'DECLARED', ?, ?, '(back-office) 王审核', ?, ?)");
                 PreparedStatement audit = connection.prepareStatement("INSERT INTO bench_audit_event (id, version, occurred_at,"
                         + " actor, action, subject_type, subject_id, enterprise_uscc, detail) VALUES (?, 1, ?, '(back-office) 王审核',"
                         + " 'TRANSITION', 'LEGAL_PERSON_CARD', ?, ?, ?)")) {
                Timestamp now = Timestamp.from(Instant.now());
                for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                    rows++;
                    String number = r.get(1);
                    long id = Long.parseLong(number.substring(number.indexOf('-') + 1));
                    String decision = r.get(4).equals("退回") ? "RETURN" : "APPROVE";
                    status.setString(1, decision.equals("RETURN") ? "RETURNED" : "APPROVED");
                    status.setTimestamp(2, now);
                    status.setTimestamp(3, now);
                    status.setLong(4, id);
                    status.addBatch();
                    line.setLong(1, rows);
                    line.setLong(2, r.getRecordNumber() + 1);
                    line.setString(3, r.get(0));
                    line.setLong(4, id);
                    line.setString(5, number);
                    line.setString(6, decision);
                    line.setString(7, r.get(6));
                    line.setString(8, "已应用");
                    line.addBatch();
                    applied.setString(1, r.get(0));
                    applied.setLong(2, id);
                    applied.setString(3, decision);
                    applied.setLong(4, rows);
                    applied.setTimestamp(5, now);
                    applied.addBatch();
                    String uscc = uscc(1 + (id - FIRST_ID) / PER_ENTERPRISE);
                    String to = decision.equals("RETURN") ? "RETURNED" : "APPROVED";
                    history.setLong(1, rows);
                    history.setLong(2, id);
                    history.setString(3, uscc);
                    history.setString(4, to);
                    history.setString(5, decision);
                    history.setString(6, r.get(5).isEmpty() ? null : r.get(5));
                    history.setTimestamp(7, now);
                    history.addBatch();
                    audit.setLong(1, rows);
                    audit.setTimestamp(2, now);
                    audit.setString(3, String.valueOf(id));
                    audit.setString(4, uscc);
                    audit.setString(5, decision + ": DECLARED → " + to);
                    audit.addBatch();
                    if (rows % BATCH == 0) {
                        commit(connection, status, line, applied, history, audit);
                    }
                }
                commit(connection, status, line, applied, history, audit);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf(Locale.ROOT, "baseline: %d rows in %.1f s = %.0f rows/s%n", rows, seconds, rows / seconds);
            try (Statement ddl = connection.createStatement()) {
                for (String table : TABLES) {
                    ddl.execute("DROP TABLE bench_" + table);
                }
            }
            connection.commit();
        }
    }

    private static void commit(Connection connection, PreparedStatement... batches) throws java.sql.SQLException {
        for (PreparedStatement batch : batches) {
            batch.executeBatch();
        }
        connection.commit();
    }
}
