package cn.eport.onboarding.bench;

import cn.eport.onboarding.codetable.CodeEntryWriter;
import cn.eport.onboarding.codetable.CodeNameGrams;
import cn.eport.onboarding.codetable.CodeSuggester;
import cn.eport.onboarding.codetable.CodeSuggestion;
import cn.eport.onboarding.codetable.CodeTable;
import cn.eport.onboarding.codetable.NewCodeEntry;
import cn.eport.onboarding.codetable.data.ReferenceCsv;
import cn.eport.onboarding.codetable.data.InitialCodeData;
import cn.eport.onboarding.persistence.SqlDialect;
import cn.eport.onboarding.time.BusinessCalendar;
import org.flywaydb.core.Flyway;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Server-side latency of code suggestion on PostgreSQL, on a table of more than 41,000 entries.
 * <p>
 * Creates its own database, migrates it with the product's Flyway scripts, loads the product's
 * initial code tables with the product's loader and adds the 41,352 streets of China to the 技监
 * table (threshold 1, the hardest: a single digit is a valid query). Then it runs the product's
 * suggestion code ({@link CodeSuggester}, the very statements {@code CodeSuggestionService} runs)
 * over one JDBC connection, as a server thread does: warm-up, then many queries with varied input,
 * and prints p50/p99/max per kind of input and the query plans. The JDBC driver keeps its default
 * settings, so statements become server-side prepared statements after five uses and PostgreSQL
 * may switch to a generic plan, exactly as on a long-running server. Drops the database at the end.
 * <p>
 * Run: {@code mvn -B -Pbench -pl bench -am -DskipTests verify} (bench/README.md).
 */
public final class CodeSuggestionBenchmark {

    private static final CodeTable TABLE = CodeTable.QUALITY_SUPERVISION_AUTHORITY;
    private static final LocalDate TODAY = LocalDate.now(BusinessCalendar.ZONE);
    private static final long SEED = 20261130L;

    private final String host = System.getProperty("bench.pg.host", "127.0.0.1");
    private final String port = System.getProperty("bench.pg.port", "5432");
    private final String user = System.getProperty("bench.pg.user", "postgres");
    private final String database = System.getProperty("bench.database", "eport_bench");
    private final int warmup = Integer.getInteger("bench.warmup", 5000);
    private final int iterations = Integer.getInteger("bench.iterations", 20000);
    private final boolean keep = Boolean.getBoolean("bench.keep");

    /** One measured series: what is typed, into which table. */
    record Series(String title, CodeTable table, List<String> inputs) {
    }

    public static void main(String[] args) throws Exception {
        new CodeSuggestionBenchmark().run();
    }

    private void run() throws Exception {
        System.out.printf("%n== Code suggestion benchmark (PostgreSQL %s:%s, database %s) ==%n", host, port, database);
        recreateDatabase();
        try {
            String url = "jdbc:postgresql://" + host + ":" + port + "/" + database;
            long migrateStart = System.nanoTime();
            Flyway.configure().dataSource(url, user, null).locations("classpath:db/migration")
                    .placeholders(SqlDialect.POSTGRESQL.placeholders()).load().migrate();
            System.out.printf("Flyway migrations: %d ms%n", millisSince(migrateStart));
            try (Connection connection = DriverManager.getConnection(url, user, null)) {
                describeServer(connection);
                List<String[]> streets = load(connection);
                Random random = new Random(SEED);
                measure(connection, List.of(
                        new Series("code prefix of 1-9 digits of an existing code", TABLE,
                                inputs(iterations, () -> codePrefix(streets, random))),
                        new Series("code prefix that matches nothing (99xxx)", TABLE,
                                inputs(iterations / 10, () -> "99" + random.nextInt(1000)))));
                String commonGram = mostCommonBigram(streets);
                List<String> characters = streets.stream().flatMap(s -> s[1].codePoints().mapToObj(Character::toString))
                        .distinct().sorted().toList();
                measure(connection, List.of(
                        new Series("2-3 Chinese characters of an existing name", TABLE,
                                inputs(iterations / 4, () -> namePart(streets, random))),
                        new Series("1 Chinese character of an existing name", TABLE,
                                inputs(iterations / 10, () -> characters.get(random.nextInt(characters.size())))),
                        new Series("the most common bigram (" + commonGram + ") + any character", TABLE,
                                inputs(iterations / 10, () -> commonGram + characters.get(random.nextInt(characters.size())))),
                        new Series("Chinese text that is in no name", TABLE,
                                inputs(iterations / 10, () -> "无此地名" + random.nextInt(1000))),
                        new Series("the same on the real 工商 table (3,338 entries): a name part", CodeTable.BUSINESS_REGISTRATION_AUTHORITY,
                                inputs(iterations / 4, () -> namePart(streets, random))),
                        new Series("the same on the real 工商 table: text in no name", CodeTable.BUSINESS_REGISTRATION_AUTHORITY,
                                inputs(iterations / 10, () -> "无此地名" + random.nextInt(1000)))));
                measureScan(connection, new Series("2-3 Chinese characters of an existing name, LIKE over every name (before V6)",
                        TABLE, inputs(iterations / 10, () -> namePart(streets, random))));
                alternativeNotTaken(connection);
                explain(connection);
            }
        } finally {
            if (!keep) {
                adminSql("DROP DATABASE IF EXISTS \"" + database + "\" WITH (FORCE)");
                System.out.printf("%nDatabase %s dropped (-Dbench.keep=true keeps it).%n", database);
            }
        }
    }

    private void recreateDatabase() throws SQLException {
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("bench.database must be a plain lower-case name: " + database);
        }
        adminSql("DROP DATABASE IF EXISTS \"" + database + "\" WITH (FORCE)");
        adminSql("CREATE DATABASE \"" + database + "\" ENCODING 'UTF8' TEMPLATE template0");
    }

    private void adminSql(String sql) throws SQLException {
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/postgres", user, null);
             Statement statement = admin.createStatement()) {
            statement.execute(sql);
        }
    }

    private static void describeServer(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rows = s.executeQuery("SELECT version(), datcollate FROM pg_database WHERE datname = current_database()")) {
            rows.next();
            System.out.printf("Server: %s%nDatabase default collation: %s (the code column is COLLATE \"C\")%n",
                    rows.getString(1), rows.getString(2));
        }
    }

    /** The product's initial data through the product's loader, then the streets as a synthetic 技监 table. */
    private List<String[]> load(Connection connection) throws SQLException, IOException {
        connection.setAutoCommit(false);
        long readStart = System.nanoTime();
        InitialCodeData data = InitialCodeData.fromClasspath();
        long readMillis = millisSince(readStart);
        CodeEntryWriter writer = new CodeEntryWriter(SqlDialect.POSTGRESQL);
        long writeStart = System.nanoTime();
        for (CodeTable table : CodeTable.values()) {
            writer.insert(connection, data.entries(table), TODAY);
        }
        connection.commit();
        System.out.printf("Initial data: %,d entries in %d tables; read and derived in %d ms, written in %d ms%n",
                data.size(), CodeTable.values().length, readMillis, millisSince(writeStart));

        List<String[]> streets = new ArrayList<>();
        List<NewCodeEntry> synthetic = new ArrayList<>();
        for (ReferenceCsv.Row row : ReferenceCsv.read(CodeSuggestionBenchmark.class.getResourceAsStream("streets.csv"), "streets.csv")) {
            streets.add(new String[]{row.get("code"), row.get("name")});
            synthetic.add(new NewCodeEntry(TABLE, row.get("code"), row.get("name"), null, row.get("areaCode"), null, null));
        }
        long streetStart = System.nanoTime();
        writer.insert(connection, synthetic, TODAY);
        connection.commit();
        connection.setAutoCommit(true);
        try (Statement s = connection.createStatement()) {
            s.execute("ANALYZE code_entry");
            s.execute("ANALYZE code_name_gram");
        }
        Map<CodeTable, Long> counts = CodeEntryWriter.countByTable(connection);
        System.out.printf("Synthetic table: %,d streets added to %s in %d ms; it now holds %,d entries, code_entry %,d rows%n",
                synthetic.size(), TABLE, millisSince(streetStart), counts.get(TABLE),
                counts.values().stream().mapToLong(Long::longValue).sum());
        try (Statement s = connection.createStatement();
             ResultSet rows = s.executeQuery("SELECT COUNT(*), SUM(CASE WHEN table_name = '" + TABLE + "' THEN 1 ELSE 0 END),"
                     + " pg_size_pretty(pg_total_relation_size('code_name_gram')) FROM code_name_gram")) {
            rows.next();
            System.out.printf("code_name_gram: %,d rows (%,d of %s), %s with its index%n",
                    rows.getLong(1), rows.getLong(2), TABLE, rows.getString(3));
        }
        return streets;
    }

    private static List<String> inputs(int count, java.util.function.Supplier<String> next) {
        List<String> inputs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            inputs.add(next.get());
        }
        return inputs;
    }

    /** The first 1 to 9 digits of a street code. */
    private static String codePrefix(List<String[]> streets, Random random) {
        String code = streets.get(random.nextInt(streets.size()))[0];
        return code.substring(0, 1 + random.nextInt(code.length()));
    }

    /** Two or three consecutive characters of a street name. */
    private static String namePart(List<String[]> streets, Random random) {
        String name = streets.get(random.nextInt(streets.size()))[1];
        int length = Math.min(name.length(), 2 + random.nextInt(2));
        int start = random.nextInt(name.length() - length + 1);
        return name.substring(start, start + length);
    }

    /** Warm-up with the first inputs of every series (JIT, caches, server-side prepare), then each series timed. */
    private void measure(Connection connection, List<Series> series) throws SQLException {
        for (Series s : series) {
            for (String text : s.inputs().subList(0, Math.min(warmup, s.inputs().size()))) {
                CodeSuggester.suggest(connection, s.table(), text, TODAY);
            }
        }
        System.out.printf("%nLatency of CodeSuggester.suggest, one JDBC connection (%s):%n%n", loadAverage());
        System.out.println("| typed | table | queries | answers (mean) | p50 ms | p99 ms | max ms |");
        System.out.println("|---|---|---:|---:|---:|---:|---:|");
        for (Series s : series) {
            List<Long> nanos = new ArrayList<>(s.inputs().size());
            long answers = 0;
            for (String text : s.inputs()) {
                long start = System.nanoTime();
                List<CodeSuggestion> found = CodeSuggester.suggest(connection, s.table(), text, TODAY);
                nanos.add(System.nanoTime() - start);
                answers += found.size();
            }
            System.out.println(row(s.title() + " | " + s.table(), nanos, answers / (double) nanos.size()));
        }
    }

    private static String loadAverage() {
        try {
            String[] fields = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
            return "load average " + fields[0] + " " + fields[1] + " " + fields[2] + " on "
                    + Runtime.getRuntime().availableProcessors() + " cores";
        } catch (IOException | RuntimeException e) {
            return Runtime.getRuntime().availableProcessors() + " cores";
        }
    }

    /**
     * What running the name search also for code-like input (when fewer than 20 codes match) would
     * cost: the names never contain ASCII digits, so each such keystroke would scan the table for nothing.
     */
    private void alternativeNotTaken(Connection connection) throws SQLException {
        List<Long> times = new ArrayList<>();
        Random random = new Random(SEED);
        try (PreparedStatement statement = connection.prepareStatement(CodeSuggester.BY_NAME_SCAN)) {
            for (int i = 0; i < 3000; i++) {
                statement.setString(1, TABLE.name());
                statement.setString(2, "%1" + (10000 + random.nextInt(90000)) + "%");
                statement.setBoolean(3, true);
                statement.setDate(4, java.sql.Date.valueOf(TODAY));
                statement.setDate(5, java.sql.Date.valueOf(TODAY));
                long start = System.nanoTime();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        rows.getString(1);
                    }
                }
                if (i >= 500) {
                    times.add(System.nanoTime() - start);
                }
            }
        }
        System.out.printf("%nNot done by the product: the name search for code-like text (6 digits, no name contains digits):%n%n");
        System.out.println("| typed | table | queries | answers (mean) | p50 ms | p99 ms | max ms |");
        System.out.println("|---|---|---:|---:|---:|---:|---:|");
        System.out.println(row("6 digits, looked for in the names | " + TABLE, times, 0));
    }

    /** The bigram that occurs in the most street names. */
    private static String mostCommonBigram(List<String[]> streets) {
        Map<String, Integer> counts = new java.util.HashMap<>();
        for (String[] street : streets) {
            for (String gram : CodeNameGrams.of(CodeTable.TAX_AUTHORITY, street[1])) {
                counts.merge(gram, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    /** The name search as it was before the gram table (a LIKE over every name), for comparison. */
    private void measureScan(Connection connection, Series series) throws SQLException {
        List<Long> times = new ArrayList<>();
        long answers = 0;
        try (PreparedStatement statement = connection.prepareStatement(CodeSuggester.BY_NAME_SCAN)) {
            int i = 0;
            for (String text : series.inputs()) {
                statement.setString(1, series.table().name());
                statement.setString(2, ((CodeSuggester.NameLookup) CodeSuggester.lookupFor(series.table(), text)).pattern());
                statement.setBoolean(3, true);
                statement.setDate(4, java.sql.Date.valueOf(TODAY));
                statement.setDate(5, java.sql.Date.valueOf(TODAY));
                long start = System.nanoTime();
                int found = 0;
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        rows.getString(1);
                        found++;
                    }
                }
                if (i++ >= series.inputs().size() / 5) {
                    times.add(System.nanoTime() - start);
                    answers += found;
                }
            }
        }
        System.out.printf("%nFor comparison, the name search without the gram table:%n%n");
        System.out.println("| typed | table | queries | answers (mean) | p50 ms | p99 ms | max ms |");
        System.out.println("|---|---|---:|---:|---:|---:|---:|");
        System.out.println(row(series.title() + " | " + series.table(), times, answers / (double) times.size()));
    }

    private void explain(Connection connection) throws SQLException {
        System.out.printf("%nPlans (EXPLAIN ANALYZE, BUFFERS) of the two statements, with the values of a typical query:%n");
        explainCustom(connection, "code prefix '1' (custom plan)", "1");
        explainCustom(connection, "code prefix '110101' (custom plan)", "110101");
        explainCustom(connection, "name part '街道' (custom plan)", "街道");
        explainCustom(connection, "name part that matches nothing (custom plan)", "无此地名");
        explainCustom(connection, "one character '桥' (custom plan)", "桥");
        explainCustom(connection, "'街道办' (custom plan): 街道 is the most common bigram", "街道办");
        try (Statement s = connection.createStatement()) {
            s.execute("SET plan_cache_mode = force_generic_plan");
            s.execute("PREPARE by_code AS " + numbered(CodeSuggester.BY_CODE_PREFIX));
            s.execute("PREPARE by_name AS " + numbered(CodeSuggester.BY_NAME));
            String day = "'" + TODAY + "'";
            printPlan(connection, "code prefix '1' (generic plan, as after five executions of a prepared statement)",
                    "EXPLAIN (ANALYZE, BUFFERS) EXECUTE by_code('" + TABLE + "', '1', '2', '1%', true, " + day + ", " + day + ")");
            printPlan(connection, "name part that matches nothing (generic plan)",
                    "EXPLAIN (ANALYZE, BUFFERS) EXECUTE by_name('" + TABLE + "', '无此', '%无此地名%', true, " + day + ", " + day + ")");
            printPlan(connection, "name part '东华门' (generic plan)",
                    "EXPLAIN (ANALYZE, BUFFERS) EXECUTE by_name('" + TABLE + "', '东华', '%东华门%', true, " + day + ", " + day + ")");
            printPlan(connection, "'街道办' (generic plan), the rarer gram 道办 read",
                    "EXPLAIN (ANALYZE, BUFFERS) EXECUTE by_name('" + TABLE + "', '道办', '%街道办%', true, " + day + ", " + day + ")");
            printPlan(connection, "'街道办' (generic plan) if the first gram 街道 were read (design not taken)",
                    "EXPLAIN (ANALYZE, BUFFERS) EXECUTE by_name('" + TABLE + "', '街道', '%街道办%', true, " + day + ", " + day + ")");
            s.execute("PREPARE gram_entries AS " + numbered(CodeSuggester.GRAM_ENTRIES));
            printPlan(connection, "counting the entries of the candidate gram 街道 (generic plan)",
                    "EXPLAIN (ANALYZE, BUFFERS) EXECUTE gram_entries('" + TABLE + "', '街道')");
            System.out.printf("%nAlternatives not taken, for comparison:%n");
            s.execute("PREPARE like_only AS " + numbered(CodeSuggester.BY_CODE_PREFIX
                    .replace("code >= ? AND code < ? AND ", "")));
            printPlan(connection, "code prefix '1' with the LIKE alone, no explicit range (generic plan)",
                    "EXPLAIN (ANALYZE, BUFFERS) EXECUTE like_only('" + TABLE + "', '1%', true, " + day + ", " + day + ")");
            s.execute("DEALLOCATE ALL");
            s.execute("RESET plan_cache_mode");
            s.execute("CREATE TEMPORARY TABLE code_entry_db_collation AS SELECT table_name, CAST(code AS VARCHAR(32)) COLLATE \"default\""
                    + " AS code, name_zh FROM code_entry");
            s.execute("CREATE UNIQUE INDEX ix_db_collation ON code_entry_db_collation (table_name, code)");
            s.execute("ANALYZE code_entry_db_collation");
            printPlan(connection, "code prefix '110101' on a copy whose code column has the database's collation (LIKE alone)",
                    "EXPLAIN (ANALYZE, BUFFERS) SELECT code, name_zh FROM code_entry_db_collation WHERE table_name = '" + TABLE + "'"
                            + " AND code LIKE '110101%' ORDER BY code FETCH FIRST 20 ROWS ONLY");
            s.execute("DROP TABLE code_entry_db_collation");
        }
    }

    private void explainCustom(Connection connection, String title, String typed) throws SQLException {
        CodeSuggester.Lookup lookup = CodeSuggester.lookupFor(TABLE, typed);
        String day = "'" + TODAY + "'";
        String sql;
        if (lookup instanceof CodeSuggester.CodePrefixLookup byCode) {
            sql = inline(CodeSuggester.BY_CODE_PREFIX, "'" + TABLE + "'", quote(byCode.from()), quote(byCode.to()),
                    quote(byCode.pattern()), "true", day, day);
        } else if (lookup instanceof CodeSuggester.NameLookup byName) {
            String gram = CodeSuggester.rarestGram(connection, TABLE, byName.grams()).orElse(byName.grams().get(0));
            System.out.printf("%n-- candidate grams %s, read: %s", byName.grams(), gram);
            sql = inline(CodeSuggester.BY_NAME, "'" + TABLE + "'", quote(gram), quote(byName.pattern()), "true", day, day);
        } else {
            throw new IllegalStateException("no lookup for " + typed);
        }
        printPlan(connection, title, "EXPLAIN (ANALYZE, BUFFERS) " + sql);
    }

    private static void printPlan(Connection connection, String title, String explain) throws SQLException {
        System.out.printf("%n-- %s%n", title);
        try (Statement s = connection.createStatement(); ResultSet rows = s.executeQuery(explain)) {
            while (rows.next()) {
                System.out.println("   " + rows.getString(1));
            }
        }
    }

    /** The statement with its ? replaced by $1, $2, ... for PREPARE (the statements hold no other ?). */
    private static String numbered(String sql) {
        StringBuilder out = new StringBuilder();
        int n = 0;
        for (char c : sql.toCharArray()) {
            out.append(c == '?' ? "$" + (++n) : String.valueOf(c));
        }
        return out.toString();
    }

    private static String inline(String sql, String... literals) {
        String out = sql;
        for (String literal : literals) {
            int at = out.indexOf('?');
            out = out.substring(0, at) + literal + out.substring(at + 1);
        }
        return out;
    }

    private static String quote(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    private static String row(String what, List<Long> nanos, double meanAnswers) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return String.format(Locale.ROOT, "| %s | %,d | %.1f | %.3f | %.3f | %.3f |", what, sorted.length, meanAnswers,
                percentile(sorted, 50), percentile(sorted, 99), sorted[sorted.length - 1] / 1e6);
    }

    private static double percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
