package cn.eport.onboarding.it.ops;

import cn.eport.onboarding.account.AccountService;
import cn.eport.onboarding.account.LoginOutcome;
import cn.eport.onboarding.account.NewAccount;
import cn.eport.onboarding.account.Role;
import cn.eport.onboarding.attachment.AttachmentRefusedException;
import cn.eport.onboarding.directory.Directory;
import cn.eport.onboarding.it.Deployments;
import cn.eport.onboarding.it.HttpSession;
import cn.eport.onboarding.it.TestData;
import cn.eport.onboarding.it.security.ApplicationsOfA;
import cn.eport.onboarding.ops.DirectoryHealth;
import cn.eport.onboarding.ops.DirectoryReachability;
import cn.eport.onboarding.workflow.ApplicationKind;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13 item 3 (X-6, ADR 0032): Payara's /health and /metrics answer the monitoring account only,
 * readiness checks the database, the batch runtime and the HTTP directories, liveness depends on
 * nothing, and the operator counters move with what happens (deltas: other tests count too).
 */
@ExtendWith(ArquillianExtension.class)
class HealthAndMetricsIT extends ApplicationsOfA {

    private static final List<String> ENDPOINTS = List.of("/health", "/health/ready", "/health/live", "/health/started",
            "/metrics", "/metrics?scope=application");

    private final OperatorEndpoints endpoints = new OperatorEndpoints();

    @Inject
    private AccountService accounts;

    @Inject
    private DirectoryHealth directoryHealth;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(HealthAndMetricsIT.class, OperatorEndpoints.class, ApplicationsOfA.class,
                ApplicationsOfA.Filed.class, ApplicationsOfA.Refusal.class, HttpSession.class);
    }

    @Test
    void anonymousCallersAndApplicationAccountsAreRefused() {
        for (String path : ENDPOINTS) {
            assertRefused(endpoints.anonymous(path), path + " anonymous");
            assertRefused(endpoints.as("ent-a", "Eport@2026", path), path + " as an enterprise user");
            assertRefused(endpoints.as("admin", "Eport@2026", path), path + " as the application's administrator");
            assertRefused(endpoints.as(OperatorEndpoints.MONITOR, "wrong", path), path + " with a wrong password");
            assertRefused(endpoints.as("mp", "mp", path), path + " as the user Payara adds when security is turned on");
        }
    }

    @Test
    void theMonitoringAccountReadsEveryEndpoint() {
        for (String path : ENDPOINTS) {
            OperatorEndpoints.Answer answer = endpoints.asMonitor(path);
            assertEquals(200, answer.statusCode(), path + ": " + answer.body());
        }
    }

    @Test
    void readinessChecksTheDatabaseTheBatchRuntimeAndTheDirectories() {
        JsonObject ready = endpoints.health("/health/ready");
        assertEquals("UP", ready.getString("status"), ready.toString());
        JsonObject database = OperatorEndpoints.check(ready, "database");
        assertEquals("UP", database.getString("status"));
        // the server writes every check's data as text
        assertTrue(Long.parseLong(database.getJsonObject("data").getString("latency_ms")) >= 0, database.toString());
        assertEquals("UP", OperatorEndpoints.check(ready, "batch").getString("status"));
        JsonObject directories = OperatorEndpoints.check(ready, "directories");
        assertEquals("UP", directories.getString("status"));
        assertEquals("not configured", directories.getJsonObject("data").getString("http"),
                "the test server serves every directory from its tables");
        assertFalse(ready.toString().contains("jdbc:"), "no connection details: " + ready);
    }

    @Test
    void livenessDependsOnNothingButTheApplication() {
        JsonObject live = endpoints.health("/health/live");
        assertEquals("UP", live.getString("status"));
        assertEquals("UP", OperatorEndpoints.check(live, "application").getString("status"));
        assertThrows(AssertionError.class, () -> OperatorEndpoints.check(live, "database"),
                "a database outage must not get the server restarted");
    }

    @Test
    void anUnreachableHttpDirectoryIsDownByItsNameWithoutItsAddress() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + closedPort + "/directories";
        Map<String, String> config = Map.of("eport.directory.customs-records.adapter", "http",
                "eport.directory.customs-records.url", url);
        List<DirectoryReachability> results = directoryHealth.check(key -> Optional.ofNullable(config.get(key)));

        assertEquals(1, results.size(), "only the directory served over HTTP is probed");
        DirectoryReachability customs = results.get(0);
        assertEquals(Directory.CUSTOMS_RECORDS, customs.directory());
        assertFalse(customs.up());
        assertEquals("connection failed", customs.problem());

        HealthCheckResponse response = DirectoryHealth.readiness(results);
        assertEquals(HealthCheckResponse.Status.DOWN, response.getStatus());
        Map<String, Object> data = response.getData().orElseThrow();
        assertEquals("DOWN: connection failed", data.get("customs-records"));
        assertInstanceOf(Long.class, data.get("customs-records.latency_ms"));
        assertFalse(data.toString().contains(String.valueOf(closedPort)), "no address in the answer: " + data);

        assertEquals(HealthCheckResponse.Status.UP, DirectoryHealth.readiness(
                directoryHealth.check(key -> Optional.empty())).getStatus(), "restored to the tables: up again");
    }

    @Test
    void aDeclarationCountsForItsKind() throws Exception {
        String kind = "enterprise_registration";
        double before = endpoints.metric("eport_declarations", "kind", kind);
        declareAsA(draftOfA(ApplicationKind.ENTERPRISE_REGISTRATION));
        assertEquals(before + 1, endpoints.metric("eport_declarations", "kind", kind));
    }

    @Test
    void loginsFailuresAndLockOutsCount() {
        String username = TestData.newUsername("it-metrics");
        accounts.open(new NewAccount(username, "Eport@2026".toCharArray(), "测试", Set.of(Role.REVIEWER), null));
        double successes = endpoints.metric("eport_logins", "outcome", "success");
        double failures = endpoints.metric("eport_logins", "outcome", "failure");
        double lockOuts = endpoints.metric("eport_lockouts", null, null);

        assertInstanceOf(LoginOutcome.Authenticated.class, accounts.authenticate(username, "Eport@2026".toCharArray()));
        for (int attempt = 0; attempt < 5; attempt++) {
            assertInstanceOf(LoginOutcome.Refused.class, accounts.authenticate(username, "wrong".toCharArray()));
        }

        assertEquals(successes + 1, endpoints.metric("eport_logins", "outcome", "success"));
        assertEquals(failures + 5, endpoints.metric("eport_logins", "outcome", "failure"));
        assertEquals(lockOuts + 1, endpoints.metric("eport_lockouts", null, null), "the fifth wrong password locked it");
    }

    @Test
    void uploadRefusalsCountByReason() throws Exception {
        Filed draft = draftOfA(ApplicationKind.ENTERPRISE_REGISTRATION);
        double notPdf = endpoints.metric("eport_upload_refusals", "reason", "not_pdf_jpeg_or_png");
        double unknownType = endpoints.metric("eport_upload_refusals", "reason", "unknown_document_type");

        assertThrows(AttachmentRefusedException.class, () -> a(() -> attachments.upload(ApplicationKind.ENTERPRISE_REGISTRATION,
                draft.id(), documentType(ApplicationKind.ENTERPRISE_REGISTRATION), "fake.pdf",
                "text, not a PDF".getBytes(StandardCharsets.UTF_8))));
        assertThrows(AttachmentRefusedException.class, () -> a(() -> attachments.upload(ApplicationKind.ENTERPRISE_REGISTRATION,
                draft.id(), "NO_SUCH_TYPE", "x.pdf", PDF)));

        assertEquals(notPdf + 1, endpoints.metric("eport_upload_refusals", "reason", "not_pdf_jpeg_or_png"));
        assertEquals(unknownType + 1, endpoints.metric("eport_upload_refusals", "reason", "unknown_document_type"));
    }

    @Test
    void theCountersCarryHelpText() {
        accounts.authenticate(TestData.newUsername("it-nobody"), "wrong".toCharArray());
        String text = endpoints.asMonitor("/metrics").body();
        for (String name : List.of("eport_logins")) {
            assertTrue(text.lines().anyMatch(line -> line.startsWith("# HELP " + name)), name + " has help text");
        }
    }

    private static void assertRefused(OperatorEndpoints.Answer answer, String what) {
        assertEquals(401, answer.statusCode(), what + ": " + answer.body());
        assertFalse(answer.body().contains("Payara"), what + ": no product name");
        assertFalse(answer.body().contains("\"status\""), what + ": no figures");
    }
}
