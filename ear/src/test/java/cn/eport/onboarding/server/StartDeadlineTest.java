package cn.eport.onboarding.server;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How ./run and the integration-test server wait for Payara (issue 8: ./run once looped for ever on a
 * port that never listened): wait_for_url of config/src/main/scripts/payara-lib.sh, against a stand-in
 * Payara home whose asadmin only records its calls and whose domain has a server log and a pid file.
 */
class StartDeadlineTest {

    private static final Path LIB = Path.of(System.getProperty("eport.payaraLib",
            "../config/src/main/scripts/payara-lib.sh")).toAbsolutePath();
    private static final String LAST_LOG_LINE = "SEVERE Error adding HttpProbes. NetworkListener http-listener-1s GrizzlyProxy is NULL";

    @TempDir
    Path payaraHome;

    private Path domain;

    @BeforeEach
    void standInPayara() throws IOException {
        Path asadmin = payaraHome.resolve("bin/asadmin");
        Files.createDirectories(asadmin.getParent());
        Files.writeString(asadmin, "#!/bin/sh\necho \"$*\" >> \"$(dirname \"$0\")/../asadmin.calls\"\n");
        assertTrue(asadmin.toFile().setExecutable(true));
        domain = payaraHome.resolve("glassfish/domains/eport");
        Files.createDirectories(domain.resolve("logs"));
        Files.createDirectories(domain.resolve("config"));
        List<String> log = IntStream.rangeClosed(1, 100).mapToObj(i -> "log line " + i).collect(Collectors.toList());
        log.add(LAST_LOG_LINE);
        Files.write(domain.resolve("logs/server.log"), log);
    }

    @Test
    void aPortThatNeverListensFailsAtTheDeadlineWithTheReasonAndTheLogsEnd() throws Exception {
        serverProcessIs(ProcessHandle.current().pid());
        String url = "http://127.0.0.1:" + closedPort() + "/eport/login";

        Instant start = Instant.now();
        Result result = waitForUrl(url, 2);

        assertNotEquals(0, result.exitCode);
        assertTrue(Duration.between(start, Instant.now()).toSeconds() < 20, "gave up long after its deadline");
        assertTrue(result.stderr.contains("start failed: " + url + " did not answer within 2 s"), result.stderr);
        assertTrue(result.stderr.contains(LAST_LOG_LINE), result.stderr);
        assertTrue(result.stderr.contains("log line 62"), "the last 40 lines: " + result.stderr);
        assertFalse(result.stderr.contains("log line 61\n"), "only the last 40 lines: " + result.stderr);
        assertTrue(asadminCalls().contains("stop-domain eport"), asadminCalls());
    }

    @Test
    void aServerThatEndedFailsAtOnce() throws Exception {
        Process ended = new ProcessBuilder("true").start();
        assertEquals(0, ended.waitFor());
        serverProcessIs(ended.pid());

        Result result = waitForUrl("http://127.0.0.1:" + closedPort() + "/eport/login", 600);

        assertNotEquals(0, result.exitCode);
        assertTrue(result.stderr.contains("the server process ended before"), result.stderr);
        assertTrue(result.stderr.contains(LAST_LOG_LINE), result.stderr);
        assertTrue(asadminCalls().contains("stop-domain eport"), asadminCalls());
    }

    @Test
    void anAnsweringServerIsLeftRunning() throws Exception {
        serverProcessIs(ProcessHandle.current().pid());
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        try {
            Result result = waitForUrl("http://127.0.0.1:" + server.getAddress().getPort() + "/eport/login", 60);
            assertEquals(0, result.exitCode, result.stderr);
            assertEquals("", asadminCalls());
        } finally {
            server.stop(0);
        }
    }

    private record Result(int exitCode, String stderr) {
    }

    private Result waitForUrl(String url, int seconds) throws Exception {
        ProcessBuilder bash = new ProcessBuilder("bash", "-c",
                "set -euo pipefail; source \"$LIB\"; wait_for_url \"$URL\" \"$SECONDS_ALLOWED\"");
        bash.environment().put("LIB", LIB.toString());
        bash.environment().put("PAYARA_HOME", payaraHome.toString());
        bash.environment().put("DOMAIN", "eport");
        bash.environment().put("URL", url);
        bash.environment().put("SECONDS_ALLOWED", Integer.toString(seconds));
        bash.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Path stderr = payaraHome.resolve("stderr");
        bash.redirectError(stderr.toFile());
        Process process = bash.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("wait_for_url still runs after 60 s");
        }
        return new Result(process.exitValue(), Files.readString(stderr, StandardCharsets.UTF_8));
    }

    private void serverProcessIs(long pid) throws IOException {
        Files.writeString(domain.resolve("config/pid"), Long.toString(pid));
    }

    private String asadminCalls() throws IOException {
        Path calls = payaraHome.resolve("asadmin.calls");
        return Files.exists(calls) ? Files.readString(calls) : "";
    }

    /** A port nothing listens on. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
