package cn.eport.onboarding.it.oracle;

import cn.eport.onboarding.it.AdminPassword;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Oracle datasource of the deployment section ({@code config/src/main/payara/datasource-oracle.asadmin}) as a
 * deployer applies it, on the test server (which has the ojdbc11 jar in its lib/ and the password alias
 * {@code eport-db-password}): asadmin accepts the pool and the resource, and the ping, towards a port where no
 * Oracle listens, fails with the driver's connection error, not with a syntax or class-not-found error
 * (docs/adr/0033-oracle-compatibility-evidence.md). No Oracle server can run here.
 */
class OracleDatasourceIT {

    private static final String POOL = "eport-oracle-check-pool";
    private static final String RESOURCE = "jdbc/eport-oracle-check";
    private static final String BATCH_RUNTIME_COMMAND = "set-batch-runtime-configuration";
    /** What ojdbc11 (23ai) says when nothing listens at the address of the URL. */
    private static final String NO_LISTENER = "ORA-12541: Cannot connect. No listener at host 127.0.0.1 port ";
    private static final Pattern SETUP_ERROR = Pattern.compile(
            "(?is).*(ClassNotFound|Class name is wrong|classpath is not set|Invalid property|Invalid option|Usage:|ORA-17067|Invalid Oracle URL).*");

    private final Path passwordFile = AdminPassword.file();
    private final Path asadmin = passwordFile.getParent().getParent().getParent().getParent().getParent().resolve("bin").resolve("asadmin");

    @AfterEach
    void removeThePool() throws Exception {
        asadmin("delete-jdbc-resource", RESOURCE);
        asadmin("delete-jdbc-connection-pool", "--cascade=true", POOL);
    }

    @Test
    void asadminAcceptsTheOraclePoolAndItsPingNamesTheUnreachableDatabase() throws Exception {
        String definition = Files.readString(Path.of(System.getProperty("eport.config.payara"), "datasource-oracle.asadmin"),
                StandardCharsets.UTF_8);
        assertTrue(definition.contains(BATCH_RUNTIME_COMMAND + " --datasourcelookupname jdbc/eport"), definition);

        Path rendered = Files.createTempFile("datasource-oracle", ".asadmin");
        int port = freePort();
        try {
            Files.writeString(rendered, asDeployed(definition, port), StandardCharsets.UTF_8);
            String output = asadmin("multimode", "--file", rendered.toString());

            assertTrue(output.contains("Command create-jdbc-connection-pool executed successfully"), output);
            assertTrue(output.contains("Command create-jdbc-resource executed successfully"), output);
            assertTrue(output.contains("Command ping-connection-pool failed"), output);
            // the driver read host and port from the pool's URL property: the escaping of the file is right
            assertTrue(output.contains(NO_LISTENER + port + "."), "the driver's connection error: " + output);
            assertFalse(SETUP_ERROR.matcher(output).matches(), "no syntax, property or driver class error: " + output);
        } finally {
            Files.deleteIfExists(rendered);
        }
        String pool = asadmin("get", "resources.jdbc-connection-pool." + POOL + ".*");
        assertTrue(pool.contains(".datasource-classname=oracle.jdbc.pool.OracleDataSource"), pool);
        assertTrue(pool.contains(".init-sql=ALTER SESSION SET NLS_LENGTH_SEMANTICS=CHAR"), pool);
        assertTrue(pool.contains(".property.URL=jdbc:oracle:thin:@//127.0.0.1:"), pool);
    }

    /**
     * The file as README step 4 has a deployer fill it in, towards a port of this machine where nothing listens.
     * Beside the test server's own datasource: other pool and resource names, and without the batch runtime's
     * datasource setting, which would move the test server's job repository.
     */
    private static String asDeployed(String definition, int port) {
        return definition.lines()
                .filter(line -> !line.startsWith(BATCH_RUNTIME_COMMAND))
                .map(line -> line.replace("@ORACLE_HOST@", "127.0.0.1")
                        .replace("@ORACLE_PORT@", String.valueOf(port))
                        .replace("@ORACLE_SERVICE@", "FREEPDB1")
                        .replace("@ORACLE_USER@", "eport")
                        .replace("eport-pool", POOL)
                        .replace("jdbc/eport", RESOURCE))
                .collect(Collectors.joining("\n", "", "\n"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Runs asadmin against the test server's admin port; returns what it printed (stdout and stderr). */
    private String asadmin(String... command) throws Exception {
        List<String> line = new ArrayList<>(List.of(asadmin.toString(), "--host", "127.0.0.1",
                "--port", System.getProperty("payara.adminPort"), "--user", "admin", "--passwordfile", passwordFile.toString()));
        line.addAll(List.of(command));
        Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "asadmin ended");
        return output;
    }
}
