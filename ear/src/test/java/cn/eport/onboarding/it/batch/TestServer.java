package cn.eport.onboarding.it.batch;

import cn.eport.onboarding.it.AdminPassword;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The test server's Payara domain as the client side of an IT sees it (config/src/main/scripts/it-server.sh
 * made it): where it lives, found from the admin password file the build names ({@link AdminPassword}),
 * its process, killed with SIGKILL (as {@code kill -9}), and a start with asadmin as
 * payara-lib.sh's start_domain does. The domain keeps its configuration, database and deployed
 * applications across the kill, so the ITs after it find the server as before.
 */
final class TestServer {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

    private TestServer() {
    }

    /** The domain's directory: .../glassfish/domains/eport-it (its config/ holds the password file). */
    static Path domainDir() {
        return AdminPassword.file().toAbsolutePath().getParent().getParent();
    }

    /** Kills the server JVM with SIGKILL and waits until it is gone; its pid. */
    static long kill() throws Exception {
        long pid = Long.parseLong(Files.readString(domainDir().resolve("config/pid"), StandardCharsets.US_ASCII).strip());
        ProcessHandle server = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("no server process " + pid));
        // destroyForcibly is SIGKILL on Linux: no shutdown hook, no batch listener, no transaction end runs
        if (!server.destroyForcibly()) {
            throw new AssertionError("could not kill the server process " + pid);
        }
        server.onExit().get(1, TimeUnit.MINUTES);
        return pid;
    }

    /** Starts the domain again (asadmin start-domain, which returns once the server is up). */
    static void start() throws IOException, InterruptedException {
        Path domains = domainDir().getParent();
        Path asadmin = domains.getParent().getParent().resolve("bin/asadmin");
        ProcessBuilder builder = new ProcessBuilder(List.of(asadmin.toString(), "--user", "admin",
                "--passwordfile", AdminPassword.file().toString(), "start-domain",
                "--timeout", String.valueOf(START_TIMEOUT.toSeconds()), domainDir().getFileName().toString()))
                .redirectErrorStream(true);
        // the server's environment as it-server.sh gave it (HttpSession.ownServer reads PORTBASE)
        builder.environment().put("PORTBASE", System.getProperty("eport.it.portbase"));
        builder.environment().put("PAYARA_HOME", domains.getParent().getParent().toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(START_TIMEOUT.toSeconds() + 60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new AssertionError("asadmin start-domain failed: " + output);
        }
    }
}
