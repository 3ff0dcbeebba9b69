package cn.eport.onboarding.it.batch;

import cn.eport.onboarding.it.Deployments;
import cn.eport.onboarding.it.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.BufferedWriter;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Crash-safe restart for real (issue 10 item 5, R-6): the test server is killed with SIGKILL in the
 * middle of a code-table-sync run, started again, shows the run as FAILED, and 【重新运行】 continues
 * from the last checkpoint: the run's totals are those of an uninterrupted run over the same file
 * (every row counted once: nothing lost, nothing written twice) and the table holds every row once.
 * The reader is slowed down by the test hook {@code readDelayMillis} (honoured only on the test
 * server: {@code eport.batch.test-hooks}). A client-side test: the server dies under it.
 */
@ExtendWith(ArquillianExtension.class)
class CrashRestartIT {

    private static final String SOURCE = "forex-enterprises";
    private static final int NEW_ROWS = 2000;
    private static final int BAD_EVERY = 250;
    private static final int CHUNK = 50;
    private static final Duration SERVER_START = Duration.ofMinutes(5);

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests();
    }

    /** The file's rows: first the table as it is (so nothing is retired), then new enterprises with a bad row now and then. */
    private record Snapshot(Path file, int existing, Set<String> newUsccs, List<Long> badLines) {
        int total() {
            return existing + newUsccs.size() + badLines.size();
        }
    }

    private static Snapshot snapshot(ItDatabase database) throws Exception {
        Path file = Files.createTempDirectory("crash-restart-it").resolve(SOURCE + ".csv");
        Set<String> usccs = new LinkedHashSet<>();
        List<Long> badLines = new ArrayList<>();
        int existing = 0;
        long line = 1;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT uscc, enterprise_name, legal_person_name, forex_bureau"
                     + " FROM dir_forex_enterprise WHERE retired_on IS NULL ORDER BY uscc")) {
            out.write("uscc,enterprise_name,legal_person_name,forex_bureau\n");
            while (rows.next()) {
                out.write(String.join(",", csv(rows.getString(1)), csv(rows.getString(2)), csv(rows.getString(3)),
                        csv(rows.getString(4))) + "\n");
                existing++;
                line++;
            }
            for (int i = 1; usccs.size() < NEW_ROWS; i++) {
                line++;
                if (i % BAD_EVERY == 0) {
                    out.write("NOT-A-USCC-" + i + ",断电测试坏行" + i + "有限公司,,110000\n");
                    badLines.add(line);
                } else {
                    String uscc = TestData.newUscc();
                    if (!usccs.add(uscc)) {
                        line--;
                        continue;
                    }
                    out.write(uscc + ",断电重启测试" + i + "示例贸易有限公司,王测试,110000\n");
                }
            }
        }
        return new Snapshot(file, existing, usccs, badLines);
    }

    private static String csv(String value) {
        if (value == null) {
            return "";
        }
        return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    private static String form(Map<String, String> parameters) {
        List<String> pairs = new ArrayList<>();
        parameters.forEach((k, v) -> pairs.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return String.join("&", pairs);
    }

    private static Map<String, Long> counts(ItDatabase database, long instance, String step) throws Exception {
        Map<String, Long> counts = new HashMap<>();
        try (Connection connection = database.connect();
             var query = connection.prepareStatement("SELECT counter_name, amount FROM batch_step_count WHERE instance_id = ? AND step_name = ?")) {
            query.setLong(1, instance);
            query.setString(2, step);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return counts;
    }

    private static long instanceOf(HttpResponse<String> answer) {
        var matcher = java.util.regex.Pattern.compile("\"instanceId\":(\\d+)").matcher(answer.body());
        assertTrue(matcher.find(), answer.body());
        return Long.parseLong(matcher.group(1));
    }

    @Test
    void aServerKilledMidRunRestartsFromItsLastCheckpointWithTheTotalsOfAnUninterruptedRun() throws Exception {
        BatchApiClient api = new BatchApiClient(base);
        ItDatabase database = new ItDatabase();
        ItServer server = new ItServer();
        Snapshot snapshot = snapshot(database);

        HttpResponse<String> started = api.asBatch("POST", "jobs/code-table-sync/executions", form(Map.of(
                "source." + SOURCE, snapshot.file().toString(), "itemCount", String.valueOf(CHUNK), "readDelayMillis", "15")));
        assertEquals(201, started.statusCode(), started.body());
        long execution = BatchApiClient.executionId(started);
        long instance = instanceOf(started);

        // several chunks committed, far from the end: then the power goes
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        long read = 0;
        while (read < 8L * CHUNK) {
            assertTrue(Instant.now().isBefore(deadline), "the run did not get going: READ " + read);
            Thread.sleep(100);
            read = counts(database, instance, SOURCE).getOrDefault("READ", 0L);
        }
        server.killHard();
        assertEquals("STARTED", database.column("SELECT batchstatus FROM executioninstancedata WHERE jobexecid = ?", execution).get(0),
                "the runtime left the execution STARTED");
        long committed = counts(database, instance, SOURCE).get("READ");
        assertTrue(committed < snapshot.total(), "killed mid-run: " + committed + " of " + snapshot.total());
        assertEquals(0, committed % CHUNK, "only whole chunks are committed: " + committed);

        server.start(base.toURI().resolve("login"), SERVER_START);
        String afterCrash = api.asBatch("GET", "executions/" + execution, null).body();
        assertTrue(afterCrash.contains("\"status\":\"FAILED\""), "marked failed at start-up: " + afterCrash);

        HttpResponse<String> restarted = api.asBatch("POST", "executions/" + execution + "/restart", "");
        assertEquals(201, restarted.statusCode(), restarted.body());
        long second = BatchApiClient.executionId(restarted);
        assertEquals(instance, instanceOf(restarted), "the same job instance goes on");
        String over = api.awaitOver(second, Duration.ofMinutes(5));
        assertTrue(over.contains("\"status\":\"COMPLETED\""), over);

        Map<String, Long> load = counts(database, instance, SOURCE);
        assertEquals(snapshot.total(), load.get("TOTAL"));
        assertEquals(snapshot.total(), load.get("READ"), "every row read once over both executions");
        assertEquals(snapshot.newUsccs().size(), load.get("INSERTED"), "no row lost, none written twice");
        assertEquals(snapshot.existing(), load.get("UNCHANGED"));
        assertEquals(0L, load.getOrDefault("UPDATED", 0L));
        assertEquals(snapshot.badLines().size(), load.get("REJECTED"));
        assertEquals(0L, counts(database, instance, SOURCE + "-retire").getOrDefault("RETIRED", 0L), "the table as it was is kept");
        assertEquals(snapshot.badLines(), database.column("SELECT line_no FROM batch_reject WHERE instance_id = ? ORDER BY line_no", instance)
                .stream().map(n -> ((Number) n).longValue()).toList(), "each bad row listed once");
        List<Object> written = database.column("SELECT uscc FROM dir_forex_enterprise WHERE enterprise_name LIKE '断电重启测试%' AND retired_on IS NULL");
        assertEquals(snapshot.newUsccs(), new LinkedHashSet<>(written.stream().map(String::valueOf).toList()));
        assertEquals(snapshot.newUsccs().size(), written.size());
    }
}
