package cn.eport.onboarding.it.batch;

import cn.eport.onboarding.it.Deployments;
import cn.eport.onboarding.it.HttpSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The batch API and the command-line script over HTTP (issue 10 item 4; ADR 0021): a batch operator
 * starts a job and reads its execution with HTTP Basic; the client's mistakes are 4xx problems;
 * Basic is accepted on the batch API only; {@code batch-job.sh} starts, watches and waits, with the
 * password from a file.
 */
@ExtendWith(ArquillianExtension.class)
class BatchApiIT {

    private static final String PASSWORD = BatchApiClient.PASSWORD;
    private static final Path SCRIPT = Path.of("../config/src/main/scripts/batch-job.sh").toAbsolutePath().normalize();

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        // the built EAR with the test helpers (no test class of this client-side test): the plain EAR, as the
        // first deployment of a run, failed to upload once ("invalid LOC header")
        return Deployments.earWithTests();
    }

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> call(String method, String path, String user, String password, String form) throws Exception {
        return api().call(method, path, user, password, form);
    }

    private HttpResponse<String> asBatch(String method, String path, String form) throws Exception {
        return api().asBatch(method, path, form);
    }

    private BatchApiClient api() {
        return new BatchApiClient(base);
    }

    private static long executionId(HttpResponse<String> answer) {
        return BatchApiClient.executionId(answer);
    }

    private String awaitOver(long id) throws Exception {
        return api().awaitOver(id, Duration.ofMinutes(2));
    }

    private static void assertProblem(int status, HttpResponse<String> answer) {
        assertEquals(status, answer.statusCode(), answer.body());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                answer.headers().toString());
        assertTrue(answer.body().contains("\"status\":" + status), answer.body());
    }

    @Test
    void aBatchOperatorStartsAJobAndReadsItsExecution() throws Exception {
        HttpResponse<String> started = asBatch("POST", "jobs/housekeeping/executions", "note=from+the+API");
        assertEquals(201, started.statusCode(), started.body());
        long id = executionId(started);
        assertTrue(started.headers().firstValue("Location").orElse("").endsWith("/api/batch/executions/" + id));
        assertTrue(started.body().contains("\"job\":\"housekeeping\""), started.body());

        String over = awaitOver(id);
        assertTrue(over.contains("\"status\":\"COMPLETED\""), over);
        assertProblem(409, asBatch("POST", "executions/" + id + "/restart", ""));
        assertProblem(409, asBatch("POST", "executions/" + id + "/stop", ""));
    }

    @Test
    void theClientsMistakesAreProblemsNotServerErrors() throws Exception {
        HttpResponse<String> unknownJob = asBatch("POST", "jobs/no-such-job/executions", "");
        assertProblem(404, unknownJob);
        assertTrue(unknownJob.body().contains("housekeeping"), "lists the jobs there are: " + unknownJob.body());
        assertProblem(404, asBatch("GET", "executions/999999999", null));
        for (String malformed : List.of("abc", "1'", "99999999999999999999")) {
            assertProblem(400, asBatch("GET", "executions/" + malformed, null));
        }
    }

    @Test
    void onlyBatchOperatorsAndAdministratorsGetIn() throws Exception {
        assertProblem(401, call("GET", "executions/1", null, null, null));
        assertProblem(401, call("GET", "executions/1", "no-such-user", "wrong", null));
        assertEquals(403, call("POST", "jobs/housekeeping/executions", "ent-a", PASSWORD, "").statusCode());
        assertEquals(403, call("GET", "executions/1", "reviewer", PASSWORD, null).statusCode());
        HttpResponse<String> admin = call("GET", "executions/999999999", "admin", PASSWORD, null);
        assertProblem(404, admin);
    }

    @Test
    void httpBasicIsAcceptedOnTheBatchApiOnly() throws Exception {
        HttpRequest keepAlive = HttpRequest.newBuilder(URI.create(base + "api/session/keep-alive"))
                .POST(HttpRequest.BodyPublishers.noBody())
                .header("Authorization", BatchApiClient.basic("batch", PASSWORD))
                .build();
        assertEquals(401, http.send(keepAlive, HttpResponse.BodyHandlers.ofString()).statusCode());
        HttpResponse<String> page = HttpSession.anonymous(base).send("GET", "batch/jobs",
                "Authorization", BatchApiClient.basic("batch", PASSWORD));
        assertTrue(HttpSession.sendsToLogin(page), "pages need a login: " + page.statusCode());
    }

    private record Run(int exit, String out, String err) {
    }

    private Run script(Map<String, String> environment, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("EPORT_PASSWORD");
        builder.environment().put("EPORT_URL", base.toString().replaceAll("/$", ""));
        builder.environment().put("EPORT_POLL_SECONDS", "1");
        builder.environment().put("EPORT_WAIT_SECONDS", "120");
        builder.environment().putAll(environment);
        Process process = builder.start();
        assertTrue(process.waitFor(3, TimeUnit.MINUTES), "script ended");
        return new Run(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip(),
                new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip());
    }

    @Test
    void theScriptStartsAJobWaitsForItAndTellsRefusalsByItsExitStatus(@TempDir Path dir) throws Exception {
        Path passwordFile = dir.resolve("password");
        Files.writeString(passwordFile, PASSWORD + "\n");
        Files.setPosixFilePermissions(passwordFile, PosixFilePermissions.fromString("rw-------"));
        Map<String, String> batch = Map.of("EPORT_PASSWORD_FILE", passwordFile.toString());

        Run started = script(batch, "start", "housekeeping", "note=by script", "owner=值班");
        assertEquals(0, started.exit(), started.err());
        assertTrue(started.out().matches("\\d+"), started.out());
        Run waited = script(batch, "wait", started.out());
        assertEquals(0, waited.exit(), waited.err());
        assertEquals("COMPLETED", waited.out());
        Run status = script(batch, "status", started.out());
        assertEquals(0, status.exit(), status.err());
        assertTrue(status.out().contains("\"executionId\":" + started.out()), status.out());

        assertEquals(4, script(batch, "start", "no-such-job").exit(), "unknown job");
        assertEquals(4, script(batch, "wait", "999999999").exit(), "unknown execution");
        Run wrongPassword = script(Map.of("EPORT_PASSWORD", "wrong"), "status", started.out());
        assertEquals(5, wrongPassword.exit(), wrongPassword.err());
        Run reviewer = script(Map.of("EPORT_USER", "reviewer", "EPORT_PASSWORD", PASSWORD), "status", started.out());
        assertEquals(5, reviewer.exit(), reviewer.err());
        assertEquals(2, script(batch, "status", "abc").exit(), "usage");
        assertEquals(2, script(Map.of(), "status", started.out()).exit(), "no password given");
    }
}
