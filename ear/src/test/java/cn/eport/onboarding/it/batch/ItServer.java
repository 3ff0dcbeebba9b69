package cn.eport.onboarding.it.batch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The test server's process, for a client-side test that kills it and starts it again: the domain
 * {@code eport-it} that it-server.sh made, found from the admin password file the build names
 * ({@code payara.adminPasswordFile}, in the domain's config folder).
 */
final class ItServer {

    private static final String DOMAIN = "eport-it";

    private final Path domain;
    private final Path passwordFile;

    ItServer() {
        passwordFile = Path.of(System.getProperty("payara.adminPasswordFile"));
        domain = passwordFile.getParent().getParent();
        assertEquals(DOMAIN, domain.getFileName().toString(), "the IT domain");
    }

    /** The domain's directory ({@code .../domains/eport-it}). */
    Path directory() {
        return domain;
    }

    long pid() throws IOException {
        return Long.parseLong(Files.readString(domain.resolve("config").resolve("pid")).strip());
    }

    /** kill -9: the JVM ends at once, nothing of it runs on (no shutdown hooks, no transaction ends). */
    void killHard() throws Exception {
        ProcessHandle server = ProcessHandle.of(pid()).orElseThrow(() -> new AssertionError("no server process"));
        assertTrue(server.destroyForcibly(), "SIGKILL sent");
        server.onExit().get(60, TimeUnit.SECONDS);
    }

    /** Starts the domain as it-server.sh does, and waits until the application's login page answers. */
    void start(URI loginPage, Duration atMost) throws Exception {
        Path asadmin = domain.getParent().getParent().getParent().resolve("bin").resolve("asadmin");
        ProcessBuilder builder = new ProcessBuilder(asadmin.toString(), "--user", "admin", "--passwordfile", passwordFile.toString(),
                "start-domain", "--timeout", String.valueOf(atMost.toSeconds()), DOMAIN)
                .redirectErrorStream(true);
        // the server inherits this environment: give it what it-server.sh gave it, so that the in-container
        // tests after this one still find their own server (HttpSession.ownServer reads PORTBASE)
        builder.environment().put("PORTBASE", System.getProperty("eport.it.portbase"));
        Process start = builder.start();
        assertTrue(start.waitFor(atMost.toSeconds() + 30, TimeUnit.SECONDS), "start-domain ended");
        String output = new String(start.getInputStream().readAllBytes());
        assertEquals(0, start.exitValue(), output);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(atMost);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (http.send(HttpRequest.newBuilder(loginPage).timeout(Duration.ofSeconds(10)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // the HTTP listener or the application is not up yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError(loginPage + " did not answer within " + atMost);
    }
}
