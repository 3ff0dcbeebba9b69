package cn.eport.onboarding.it.batch;

import cn.eport.onboarding.batch.control.JobControlService;
import cn.eport.onboarding.batch.control.JobControlService.ExecutionState;
import cn.eport.onboarding.batch.reconcile.ReconcileReport;
import cn.eport.onboarding.batch.reconcile.ReportLine;
import cn.eport.onboarding.batch.run.StepCounter;
import cn.eport.onboarding.batch.run.StepRecords;
import cn.eport.onboarding.enterprise.RegistrationService;
import cn.eport.onboarding.enterprise.SaveOutcome;
import cn.eport.onboarding.it.Deployments;
import cn.eport.onboarding.it.FilingFixtures;
import cn.eport.onboarding.it.HttpSession;
import cn.eport.onboarding.it.RunAsBatchOperator;
import cn.eport.onboarding.it.RunAsEnterpriseUser;
import cn.eport.onboarding.it.RunAsReviewer;
import cn.eport.onboarding.it.TestData;
import cn.eport.onboarding.review.ReviewService;
import cn.eport.onboarding.workflow.ApplicationStatus;
import cn.eport.onboarding.workflow.HistoryEntry;
import cn.eport.onboarding.workflow.WorkflowAction;
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

import java.io.IOException;
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
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import static cn.eport.onboarding.workflow.ApplicationKind.ENTERPRISE_REGISTRATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Crash-safe restart of review-reconcile (issue 10 item 5), proven by killing the test server (as
 * {@link CrashRestartIT} does for code-table-sync): a run over a few hundred declared applications,
 * slowed by the reader's test hook ({@code readDelayMillis}, honoured on the test server only), has
 * committed at least two chunks when the server JVM gets SIGKILL. After asadmin starts the domain
 * again the run shows FAILED (API and console page), the database holds exactly its committed
 * chunks (every application decided there has its report line, none decided outside them), and
 * 【重新运行】 continues from the last checkpoint: the totals are those of an uninterrupted run of the
 * file, every line is in the report once and every application was decided exactly once.
 * <p>
 * The steps are ordered test methods: those in the server make the applications and check the
 * database through the services, the {@link RunAsClient} ones kill, start and talk HTTP. They hand
 * ids over through files in the domain's directory ({@code reconcile-crash-it/}), which both sides know.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReconcileCrashRestartIT {

    private static final String JOB = "review-reconcile";
    private static final String STEP = "reconcile";
    /** Declared applications the results file decides (every other one 审核通过, the others 退回); plus unknown and malformed lines. */
    private static final int APPLICATIONS = 200;
    private static final int UNKNOWN = 5;
    private static final int MALFORMED = 5;
    private static final int LINES = APPLICATIONS + UNKNOWN + MALFORMED;
    /** A chunk of 10 records every 1.5 s: about 30 s for the file. */
    private static final int CHUNK = 10;
    private static final int DELAY_MILLIS = 150;
    private static final String HEADER = "decision_id,application_no,kind,uscc,decision,reason,reviewer,decided_at\n";
    private static final String DISTRICT = "9500";
    private static final String RETURN_REASON = "断电重启测试：请补充经营范围。";
    private static final String HAND_OVER = "before-kill.properties";
    private static final Duration AT_MOST = Duration.ofMinutes(5);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(ReconcileCrashRestartIT.class, ItServer.class, BatchApiClient.class, HttpSession.class);
    }

    @ArquillianResource
    private URL base;

    @EJB
    private RunAsBatchOperator.BatchOperator asBatch;

    @Inject
    private RunAsEnterpriseUser.Filer asFiler;

    @Inject
    private RunAsReviewer.Reviewer asReviewer;

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

    // ---------------------------------------------------------------- in the server, before the kill

    @Test
    @Order(1)
    void aSlowRunHasCommittedTwoChunks() throws Exception {
        Path dir = Files.createDirectories(serverSide());
        fixtures.newEnterprise("断电重启对账测试示例贸易有限公司", "郑断电");
        List<Long> applications = new ArrayList<>();
        StringBuilder results = new StringBuilder(HEADER);
        for (int i = 0; i < APPLICATIONS; i++) {
            Long id = declaredRegistration();
            applications.add(id);
            String number = filer(() -> registrations.find(id)).getNumber();
            results.append(decisionId()).append(',').append(number).append(i % 2 == 0
                    ? ",,,审核通过,,孙后台,2026-12-05 23:00:00\n" : ",,,退回," + RETURN_REASON + ",孙后台,2026-12-05 23:00:00\n");
            if (i % (APPLICATIONS / UNKNOWN) == 7) {
                results.append(decisionId()).append(String.format(",SZ2026-98765%04d", i)).append(",,,审核通过,,孙后台,2026-12-05 23:00:00\n");
            }
            if (i % (APPLICATIONS / MALFORMED) == 23) {
                results.append(decisionId()).append(',').append(number).append(",,,同意,,孙后台,2026-12-05 23:00:00\n");
            }
        }
        Path file = dir.resolve("review-results.csv");
        Files.writeString(file, results, StandardCharsets.UTF_8);

        Properties parameters = new Properties();
        parameters.setProperty("source", file.toString());
        parameters.setProperty("itemCount", String.valueOf(CHUNK));
        parameters.setProperty("readDelayMillis", String.valueOf(DELAY_MILLIS));
        long execution = asBatch.attempt(() -> jobs.start(JOB, parameters)).get();
        long instance = state(execution).instanceId();
        awaitTrue(() -> committed(instance) >= 2 * CHUNK, "two chunks committed");
        assertFalse(state(execution).isOver(), "the run still goes on when the server is killed");

        Properties handOver = new Properties();
        handOver.setProperty("execution", String.valueOf(execution));
        handOver.setProperty("applications", applications.stream().map(String::valueOf).collect(Collectors.joining(",")));
        try (Writer out = Files.newBufferedWriter(dir.resolve(HAND_OVER), StandardCharsets.UTF_8)) {
            handOver.store(out, "ReconcileCrashRestartIT");
        }
    }

    // ---------------------------------------------------------------- from outside: kill -9, start, 失败

    @Test
    @Order(2)
    @RunAsClient
    void theKilledRunShowsFailedAfterTheServerStartsAgain() throws Exception {
        ItServer server = new ItServer();
        String execution = read(server.directory().resolve(DIRECTORY).resolve(HAND_OVER)).getProperty("execution");
        server.killHard();
        server.start(base.toURI().resolve("login"), AT_MOST);

        HttpResponse<String> state = new BatchApiClient(base).asBatch("GET", "executions/" + execution, null);
        assertEquals(200, state.statusCode(), state.body());
        assertTrue(state.body().contains("\"status\":\"FAILED\""), "marked failed at start-up: " + state.body());
        HttpResponse<String> page = HttpSession.loggedIn(base, "batch", BatchApiClient.PASSWORD)
                .send("GET", "batch/execution?id=" + execution, "Accept-Language", "zh-CN");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("失败"), "the console shows the run as failed");
        assertTrue(page.body().contains("服务器异常终止"), "and why");
    }

    // ---------------------------------------------------------------- in the server: nothing half-applied

    @Test
    @Order(3)
    void theDatabaseHoldsExactlyTheCommittedChunks() throws Exception {
        Properties handOver = read(serverSide().resolve(HAND_OVER));
        ExecutionState run = state(Long.parseLong(handOver.getProperty("execution")));
        assertEquals("FAILED", run.batchStatus());
        long committed = committed(run.instanceId());
        assertTrue(committed >= 2 * CHUNK && committed < LINES, "killed mid-run: " + committed);
        assertEquals(0, committed % CHUNK, "whole chunks only: " + committed);
        assertEquals(committed, asBatch.attempt(() -> report.count(run.instanceId(), null)).get(), "a report line for each record committed");
        long applied = asBatch.attempt(() -> report.count(run.instanceId(), StepCounter.APPLIED)).get();
        long decided = 0;
        for (Long id : applicationIds(handOver)) {
            decided += backOfficeDecisions(id);
        }
        assertEquals(applied, decided, "the applications decided are those the committed chunks applied, each once");
    }

    // ---------------------------------------------------------------- from outside: 重新运行

    @Test
    @Order(4)
    @RunAsClient
    void restartContinuesTheRunToItsEnd() throws Exception {
        String execution = read(new ItServer().directory().resolve(DIRECTORY).resolve(HAND_OVER)).getProperty("execution");
        BatchApiClient api = new BatchApiClient(base);
        HttpResponse<String> restarted = api.asBatch("POST", "executions/" + execution + "/restart", "");
        assertEquals(201, restarted.statusCode(), restarted.body());
        String over = api.awaitOver(BatchApiClient.executionId(restarted), AT_MOST);
        assertTrue(over.contains("\"status\":\"COMPLETED\""), over);
    }

    // ---------------------------------------------------------------- in the server: totals and rows

    @Test
    @Order(5)
    void theTotalsAreThoseOfAnUninterruptedRunAndEveryApplicationIsDecidedOnce() throws Exception {
        Properties handOver = read(serverSide().resolve(HAND_OVER));
        ExecutionState run = state(Long.parseLong(handOver.getProperty("execution")));
        Map<StepCounter, Long> expected = new EnumMap<>(StepCounter.class);
        expected.put(StepCounter.TOTAL, (long) LINES);
        expected.put(StepCounter.READ, (long) LINES);
        expected.put(StepCounter.APPLIED, (long) APPLICATIONS);
        expected.put(StepCounter.UNKNOWN_APPLICATION, (long) UNKNOWN);
        expected.put(StepCounter.REJECTED, (long) MALFORMED);
        Map<StepCounter, Long> counts = new EnumMap<>(StepCounter.class);
        asBatch.attempt(() -> stepRecords.counts(run.instanceId())).get().getOrDefault(STEP, Map.of()).forEach((counter, amount) -> {
            if (amount != 0) {
                counts.put(counter, amount);
            }
        });
        assertEquals(expected, counts, "as an uninterrupted run: nothing lost, nothing already applied");

        List<Long> lines = asBatch.attempt(() -> report.lines(run.instanceId(), null, 0, 10_000)).get().stream()
                .map(ReportLine::line).toList();
        List<Long> everyLine = new ArrayList<>();
        for (long line = 2; line <= LINES + 1; line++) {
            everyLine.add(line);
        }
        assertEquals(everyLine, lines, "each line of the file in the report, once");
        List<Long> applications = applicationIds(handOver);
        for (int i = 0; i < applications.size(); i++) {
            Long id = applications.get(i);
            assertEquals(1, backOfficeDecisions(id), "decided exactly once: " + id);
            assertEquals(i % 2 == 0 ? ApplicationStatus.APPROVED : ApplicationStatus.RETURNED,
                    reviewer(() -> reviews.details(ENTERPRISE_REGISTRATION, id)).getStatus(), "as the file decided: " + id);
        }
    }

    // ---------------------------------------------------------------- helpers

    private static final String DIRECTORY = "reconcile-crash-it";

    /** The hand-over directory as the server sees it: in its domain directory ({@link ItServer#directory()} for the client). */
    private static Path serverSide() {
        return Path.of(System.getProperty("com.sun.aas.instanceRoot"), DIRECTORY);
    }

    private static Properties read(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    private static String decisionId() {
        return "CRASH-" + UUID.randomUUID();
    }

    private static List<Long> applicationIds(Properties handOver) {
        return Arrays.stream(handOver.getProperty("applications").split(",")).map(Long::valueOf).toList();
    }

    private Long declaredRegistration() throws Exception {
        SaveOutcome<?> saved = filer(() -> registrations.save(null, 0, UUID.randomUUID().toString(),
                TestData.completeRegistration(DISTRICT), WorkflowAction.DECLARE));
        assertTrue(saved.saved(), saved.problems().toString());
        return saved.id();
    }

    /** The back office's entries in the application's history. */
    private long backOfficeDecisions(Long id) throws Exception {
        return reviewer(() -> reviews.history(ENTERPRISE_REGISTRATION, id)).stream().filter(HistoryEntry::byBackOffice).count();
    }

    private ExecutionState state(long executionId) throws Exception {
        return asBatch.attempt(() -> jobs.execution(executionId)).get();
    }

    /** The records of the committed chunks: the writer counts them in the chunk's transaction. */
    private long committed(long instanceId) {
        try {
            return asBatch.attempt(() -> stepRecords.counts(instanceId)).get().getOrDefault(STEP, Map.of())
                    .getOrDefault(StepCounter.READ, 0L);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T filer(Callable<T> work) throws Exception {
        return asFiler.attempt(work).get();
    }

    private <T> T reviewer(Callable<T> work) throws Exception {
        return asReviewer.attempt(work).get();
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
