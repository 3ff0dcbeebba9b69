package cn.eport.onboarding.it.batch;

import cn.eport.onboarding.batch.control.JobControlService;
import cn.eport.onboarding.batch.control.JobControlService.ExecutionState;
import cn.eport.onboarding.batch.reconcile.ReconcileReport;
import cn.eport.onboarding.batch.reconcile.ReportLine;
import cn.eport.onboarding.batch.run.StepCounter;
import cn.eport.onboarding.batch.run.StepRecords;
import cn.eport.onboarding.codetable.data.InitialCodeData;
import cn.eport.onboarding.enterprise.RegistrationService;
import cn.eport.onboarding.enterprise.SaveOutcome;
import cn.eport.onboarding.it.ActingUsers;
import cn.eport.onboarding.it.AdminPassword;
import cn.eport.onboarding.it.Deployments;
import cn.eport.onboarding.it.FilingFixtures;
import cn.eport.onboarding.it.HttpSession;
import cn.eport.onboarding.it.RunAsBatchOperator;
import cn.eport.onboarding.it.TestData;
import cn.eport.onboarding.persistence.DatabaseMigrator;
import cn.eport.onboarding.review.ReviewService;
import cn.eport.onboarding.workflow.ApplicationStatus;
import cn.eport.onboarding.workflow.HistoryEntry;
import cn.eport.onboarding.workflow.WorkflowAction;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import static cn.eport.onboarding.workflow.ApplicationKind.ENTERPRISE_REGISTRATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Crash-safe restart (issue 10 item 5), proven by killing the test server: a run of code-table-sync
 * and a run of review-reconcile, both slowed by the readers' test hook ({@code readDelayMillis}, on
 * the IT server only), are under way with at least two chunks committed each when the server JVM
 * gets SIGKILL. After asadmin starts the domain again, both executions show FAILED (API and
 * console), the database holds exactly the committed chunks (nothing half-applied), and
 * 【重新运行】 continues each from its last checkpoint: the runs' totals equal those of an
 * uninterrupted run of the same files, every row is there exactly once, nothing is applied twice.
 * <p>
 * The steps are ordered test methods: those in the server prepare and check, the
 * {@link RunAsClient} ones kill, start and talk HTTP. They hand ids over through files in the
 * domain's directory ({@code crash-it/}), which both sides know. The domain keeps its settings,
 * database and applications, so the ITs after this one find the server as before.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrashRestartIT extends ActingUsers {

    private static final String SYNC = "code-table-sync";
    private static final String RECONCILE = "review-reconcile";
    private static final String SYNC_STEP = "code-lists";
    private static final String RECONCILE_STEP = "reconcile";
    /** Codes the sync file adds to the shipped code lists; a chunk of SYNC_CHUNK rows every ~1 s. */
    private static final int NEW_CODES = 600;
    private static final int SYNC_CHUNK = 20;
    private static final int SYNC_DELAY_MILLIS = 50;
    /** Declared applications the results file decides; plus unknown and malformed lines. */
    private static final int APPLICATIONS = 200;
    private static final int UNKNOWN = 5;
    private static final int MALFORMED = 5;
    private static final int RECONCILE_CHUNK = 10;
    private static final int RECONCILE_DELAY_MILLIS = 150;
    private static final String HEADER = "decision_id,application_no,kind,uscc,decision,reason,reviewer,decided_at\n";
    private static final String DISTRICT = "9500";
    private static final String RETURN_REASON = "断电重启测试：请补充经营范围。";
    private static final Duration AT_MOST = Duration.ofMinutes(3);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(CrashRestartIT.class, TestServer.class, BatchApiClient.class, BatchFixtures.class,
                AdminPassword.class, HttpSession.class);
    }

    @ArquillianResource
    private URL base;

    @EJB
    private RunAsBatchOperator.BatchOperator asBatch;

    @EJB
    private JobControlService jobs;

    @Inject
    private FilingFixtures fixtures;

    @Inject
    private RegistrationService registrations;

    @Inject
    private ReviewService reviews;

    @Inject
    private StepRecords stepRecords;

    @Inject
    private ReconcileReport report;

    @Resource(lookup = DatabaseMigrator.DATASOURCE)
    private DataSource dataSource;

    // ---------------------------------------------------------------- in the server, before the kill

    @Test
    @Order(1)
    void bothJobsRunSlowlyWithTwoChunksCommittedEach() throws Exception {
        Path dir = serverSide();
        Files.createDirectories(dir.resolve("drop"));
        Files.writeString(dir.resolve("drop/code-lists.csv"), shippedCodeLists() + newCodeRows(), StandardCharsets.UTF_8);

        fixtures.newEnterprise("断电重启测试示例贸易有限公司", "郑断电");
        List<Long> applications = new ArrayList<>();
        StringBuilder results = new StringBuilder(HEADER);
        for (int i = 0; i < APPLICATIONS; i++) {
            Long id = declaredRegistration();
            applications.add(id);
            String number = filer(() -> registrations.find(id)).getNumber();
            results.append(i % 2 == 0
                    ? "CRASH-" + UUID.randomUUID() + "," + number + ",,,审核通过,,孙后台,2026-12-05 23:00:00\n"
                    : "CRASH-" + UUID.randomUUID() + "," + number + ",,,退回," + RETURN_REASON + ",孙后台,2026-12-05 23:00:00\n");
            if (i % (APPLICATIONS / UNKNOWN) == 7) {
                results.append("CRASH-").append(UUID.randomUUID()).append(",SZ2026-98765").append(String.format("%04d", i))
                        .append(",,,审核通过,,孙后台,2026-12-05 23:00:00\n");
            }
            if (i % (APPLICATIONS / MALFORMED) == 23) {
                results.append("CRASH-").append(UUID.randomUUID()).append(",").append(number).append(",,,同意,,孙后台,2026-12-05 23:00:00\n");
            }
        }
        Files.writeString(dir.resolve("review-results.csv"), results, StandardCharsets.UTF_8);

        long sync = start(SYNC, "folder", dir.resolve("drop").toString(), "itemCount", String.valueOf(SYNC_CHUNK),
                "readDelayMillis", String.valueOf(SYNC_DELAY_MILLIS));
        long reconcile = start(RECONCILE, "source", dir.resolve("review-results.csv").toString(),
                "itemCount", String.valueOf(RECONCILE_CHUNK), "readDelayMillis", String.valueOf(RECONCILE_DELAY_MILLIS));
        ExecutionState syncRun = state(sync);
        ExecutionState reconcileRun = state(reconcile);
        awaitTrue(() -> committed(syncRun.instanceId(), SYNC_STEP) >= 2 * SYNC_CHUNK
                && committed(reconcileRun.instanceId(), RECONCILE_STEP) >= 2 * RECONCILE_CHUNK, "two chunks of each run committed");
        assertFalse(state(sync).isOver(), "the sync still runs when the server is killed");
        assertFalse(state(reconcile).isOver(), "the reconciliation still runs when the server is killed");

        Properties handOver = new Properties();
        handOver.setProperty("sync", String.valueOf(sync));
        handOver.setProperty("reconcile", String.valueOf(reconcile));
        handOver.setProperty("applications", applications.stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElseThrow());
        write(dir.resolve("before-kill.properties"), handOver);
    }

    // ---------------------------------------------------------------- from outside: kill -9 and start

    @Test
    @Order(2)
    @RunAsClient
    void theKilledRunsShowFailedAfterTheServerStartsAgain() throws Exception {
        Properties handOver = read(clientSide().resolve("before-kill.properties"));
        TestServer.kill();
        TestServer.start();
        BatchApiClient api = new BatchApiClient(base);
        awaitTrue(() -> answers(api, handOver.getProperty("sync")), "the restarted server answers on /api/batch");

        HttpSession console = HttpSession.loggedIn(base, "batch", BatchApiClient.PASSWORD);
        for (String id : List.of(handOver.getProperty("sync"), handOver.getProperty("reconcile"))) {
            HttpResponse<String> execution = api.asBatch("GET", "executions/" + id, null);
            assertEquals(200, execution.statusCode(), execution.body());
            assertTrue(execution.body().contains("\"status\":\"FAILED\""), "marked failed at start-up: " + execution.body());
            assertTrue(execution.body().contains("\"over\":true"), execution.body());
            HttpResponse<String> page = console.send("GET", "batch/execution?id=" + id, "Accept-Language", "zh-CN");
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("失败"), "the console shows the run as failed");
            assertTrue(page.body().contains("服务器异常终止"), "and why");
        }
    }

    // ---------------------------------------------------------------- in the server: nothing half-applied

    @Test
    @Order(3)
    void theDatabaseHoldsExactlyTheCommittedChunks() throws Exception {
        Properties handOver = read(serverSide().resolve("before-kill.properties"));
        ExecutionState sync = state(Long.parseLong(handOver.getProperty("sync")));
        ExecutionState reconcile = state(Long.parseLong(handOver.getProperty("reconcile")));
        assertEquals("FAILED", sync.batchStatus());
        assertEquals("FAILED", reconcile.batchStatus());

        long syncRead = committed(sync.instanceId(), SYNC_STEP);
        assertTrue(syncRead > 0 && syncRead < NEW_CODES + shippedRows(), "killed mid-run: " + syncRead);
        assertEquals(0, syncRead % SYNC_CHUNK, "whole chunks only: " + syncRead);
        assertEquals(counts(sync.instanceId(), SYNC_STEP).getOrDefault(StepCounter.INSERTED, 0L), newCodesInTheTable(),
                "the codes in the table are those the committed chunks counted");

        long reconciled = committed(reconcile.instanceId(), RECONCILE_STEP);
        assertTrue(reconciled > 0 && reconciled < APPLICATIONS + UNKNOWN + MALFORMED, "killed mid-run: " + reconciled);
        assertEquals(0, reconciled % RECONCILE_CHUNK, "whole chunks only: " + reconciled);
        assertEquals(reconciled, report.count(reconcile.instanceId(), null), "a report line for each record committed");
        assertEquals(report.count(reconcile.instanceId(), StepCounter.APPLIED), decidedApplications(handOver),
                "the applications decided are those the committed chunks applied");
    }

    // ---------------------------------------------------------------- from outside: 重新运行

    @Test
    @Order(4)
    @RunAsClient
    void restartContinuesEachRunToItsEnd() throws Exception {
        Properties handOver = read(clientSide().resolve("before-kill.properties"));
        BatchApiClient api = new BatchApiClient(base);
        Properties restarted = new Properties();
        for (String job : List.of("sync", "reconcile")) {
            HttpResponse<String> answer = api.asBatch("POST", "executions/" + handOver.getProperty(job) + "/restart", "");
            assertEquals(201, answer.statusCode(), answer.body());
            restarted.setProperty(job, String.valueOf(BatchApiClient.executionId(answer)));
        }
        for (String job : List.of("sync", "reconcile")) {
            String over = api.awaitOver(Long.parseLong(restarted.getProperty(job)), AT_MOST);
            assertTrue(over.contains("\"status\":\"COMPLETED\""), over);
        }
    }

    // ---------------------------------------------------------------- in the server: totals and rows

    @Test
    @Order(5)
    void theTotalsAreThoseOfAnUninterruptedRunAndEveryRowIsThereOnce() throws Exception {
        Properties handOver = read(serverSide().resolve("before-kill.properties"));
        try {
            ExecutionState sync = state(Long.parseLong(handOver.getProperty("sync")));
            Map<StepCounter, Long> syncCounts = counts(sync.instanceId(), SYNC_STEP);
            long shipped = shippedRows();
            assertEquals(Map.of(StepCounter.TOTAL, NEW_CODES + shipped, StepCounter.READ, NEW_CODES + shipped,
                    StepCounter.INSERTED, (long) NEW_CODES, StepCounter.UNCHANGED, shipped), withoutZeros(syncCounts),
                    "as an uninterrupted run: every new code inserted once, every shipped one unchanged");
            assertEquals(0L, counts(sync.instanceId(), SYNC_STEP + "-retire").getOrDefault(StepCounter.RETIRED, 0L));
            assertEquals(NEW_CODES, newCodesInTheTable());
            BatchFixtures sql = new BatchFixtures(dataSource);
            for (int i = 1; i <= NEW_CODES; i++) {
                assertEquals(1, sql.count("SELECT COUNT(*) FROM code_entry WHERE table_name = 'DOCUMENT_TYPE' AND code = ?"
                        + " AND name_zh = ? AND active", code(i), name(i)), code(i));
            }

            ExecutionState reconcile = state(Long.parseLong(handOver.getProperty("reconcile")));
            Map<StepCounter, Long> expected = new EnumMap<>(StepCounter.class);
            long lines = APPLICATIONS + UNKNOWN + MALFORMED;
            expected.put(StepCounter.TOTAL, lines);
            expected.put(StepCounter.READ, lines);
            expected.put(StepCounter.APPLIED, (long) APPLICATIONS);
            expected.put(StepCounter.UNKNOWN_APPLICATION, (long) UNKNOWN);
            expected.put(StepCounter.REJECTED, (long) MALFORMED);
            assertEquals(expected, withoutZeros(counts(reconcile.instanceId(), RECONCILE_STEP)),
                    "as an uninterrupted run: nothing already applied, nothing lost");
            List<Long> reportLines = asBatch.attempt(() -> report.lines(reconcile.instanceId(), null, 0, 10_000)).get()
                    .stream().map(ReportLine::line).toList();
            List<Long> everyLine = new ArrayList<>();
            for (long line = 2; line <= lines + 1; line++) {
                everyLine.add(line);
            }
            assertEquals(everyLine, reportLines, "each line of the file in the report once");
            List<Long> applications = applicationIds(handOver);
            for (int i = 0; i < applications.size(); i++) {
                Long id = applications.get(i);
                List<HistoryEntry> history = reviewer(() -> reviews.history(ENTERPRISE_REGISTRATION, id));
                assertEquals(1, history.stream().filter(HistoryEntry::byBackOffice).count(), "decided once: " + id);
                assertEquals(i % 2 == 0 ? ApplicationStatus.APPROVED : ApplicationStatus.RETURNED,
                        reviewer(() -> reviews.details(ENTERPRISE_REGISTRATION, id)).getStatus(), "as the file decided: " + id);
            }
        } finally {
            restoreShippedCodeLists();
        }
    }

    // ---------------------------------------------------------------- helpers

    /** The hand-over directory as the server sees it: in its domain directory. */
    private static Path serverSide() {
        return Path.of(System.getProperty("com.sun.aas.instanceRoot"), "crash-it");
    }

    /** The same directory as the client sees it. */
    private static Path clientSide() {
        return TestServer.domainDir().resolve("crash-it");
    }

    private static void write(Path file, Properties properties) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            properties.store(out, "CrashRestartIT");
        }
    }

    private static Properties read(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    private static String shippedCodeLists() throws IOException {
        try (InputStream in = InitialCodeData.class.getResourceAsStream("code-lists.csv")) {
            String shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return shipped.endsWith("\n") ? shipped : shipped + "\n";
        }
    }

    private static long shippedRows() throws IOException {
        return shippedCodeLists().lines().skip(1).filter(l -> !l.isBlank()).count();
    }

    private static String newCodeRows() {
        StringBuilder rows = new StringBuilder();
        for (int i = 1; i <= NEW_CODES; i++) {
            rows.append("DOCUMENT_TYPE,").append(code(i)).append(',').append(name(i)).append(",\n");
        }
        return rows.toString();
    }

    private static String code(int i) {
        return String.format("CRASH-%04d", i);
    }

    private static String name(int i) {
        return String.format("断电重启测试单据%04d", i);
    }

    private long newCodesInTheTable() throws Exception {
        return new BatchFixtures(dataSource).count("SELECT COUNT(*) FROM code_entry WHERE table_name = 'DOCUMENT_TYPE'"
                + " AND code LIKE 'CRASH-%' AND active");
    }

    /** The shipped code lists synced again: the new codes retired, later tests see the shipped lists. */
    private void restoreShippedCodeLists() throws Exception {
        Path drop = serverSide().resolve("drop");
        Files.writeString(drop.resolve("code-lists.csv"), shippedCodeLists(), StandardCharsets.UTF_8);
        Properties parameters = new Properties();
        parameters.setProperty("folder", drop.toString());
        assertEquals("COMPLETED", asBatch.run(SYNC, parameters, AT_MOST).batchStatus());
    }

    private Long declaredRegistration() throws Exception {
        SaveOutcome<?> saved = filer(() -> registrations.save(null, 0, UUID.randomUUID().toString(),
                TestData.completeRegistration(DISTRICT), WorkflowAction.DECLARE));
        assertTrue(saved.saved(), saved.problems().toString());
        return saved.id();
    }

    private static List<Long> applicationIds(Properties handOver) {
        return java.util.Arrays.stream(handOver.getProperty("applications").split(",")).map(Long::valueOf).toList();
    }

    private long decidedApplications(Properties handOver) throws Exception {
        long decided = 0;
        for (Long id : applicationIds(handOver)) {
            if (reviewer(() -> reviews.history(ENTERPRISE_REGISTRATION, id)).stream().anyMatch(HistoryEntry::byBackOffice)) {
                decided++;
            }
        }
        return decided;
    }

    private long start(String job, String... parameters) throws Exception {
        Properties properties = new Properties();
        for (int i = 0; i < parameters.length; i += 2) {
            properties.setProperty(parameters[i], parameters[i + 1]);
        }
        return asBatch.attempt(() -> jobs.start(job, properties)).get();
    }

    private ExecutionState state(long executionId) throws Exception {
        return asBatch.attempt(() -> jobs.execution(executionId)).get();
    }

    private Map<StepCounter, Long> counts(long instanceId, String step) throws Exception {
        return asBatch.attempt(() -> stepRecords.counts(instanceId)).get().getOrDefault(step, Map.of());
    }

    /** The records of the step's committed chunks (the writers count them in the chunk's transaction). */
    private long committed(long instanceId, String step) {
        try {
            return counts(instanceId, step).getOrDefault(StepCounter.READ, 0L);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<StepCounter, Long> withoutZeros(Map<StepCounter, Long> counts) {
        Map<StepCounter, Long> nonZero = new EnumMap<>(StepCounter.class);
        counts.forEach((counter, amount) -> {
            if (amount != 0) {
                nonZero.put(counter, amount);
            }
        });
        return nonZero;
    }

    private static boolean answers(BatchApiClient api, String executionId) {
        try {
            return api.asBatch("GET", "executions/" + executionId, null).statusCode() == 200;
        } catch (Exception notYet) {
            return false;
        }
    }

    /** Polls (every 200 ms) until the condition holds; fails after {@link #AT_MOST}. */
    private static void awaitTrue(BooleanSupplier condition, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(AT_MOST);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not within " + AT_MOST + ": " + what);
            }
            Thread.sleep(200);
        }
    }
}
