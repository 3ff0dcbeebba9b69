package cn.eport.onboarding.it;

import cn.eport.onboarding.directory.Directory;
import cn.eport.onboarding.directory.DirectoryAdapters;
import cn.eport.onboarding.directory.DirectoryResult;
import cn.eport.onboarding.directory.FilingKind;
import cn.eport.onboarding.directory.FilingSystem;
import cn.eport.onboarding.directory.ForexDeregistration;
import cn.eport.onboarding.directory.PendingFiling;
import cn.eport.onboarding.directory.PendingFilings;
import cn.eport.onboarding.directory.RegistryDirectory;
import cn.eport.onboarding.directory.RegistryRecord;
import cn.eport.onboarding.directory.http.HttpPendingFilings;
import cn.eport.onboarding.directory.http.HttpRegistryDirectory;
import cn.eport.onboarding.directory.table.DirectoryEntry;
import cn.eport.onboarding.directory.table.DirectoryEntryRepository;
import cn.eport.onboarding.directory.table.ForexDeregistrationEntry;
import cn.eport.onboarding.directory.table.PendingFilingEntry;
import cn.eport.onboarding.directory.table.RegistryEntry;
import cn.eport.onboarding.directory.table.TablePendingFilings;
import cn.eport.onboarding.directory.table.TableRegistryDirectory;
import cn.eport.onboarding.it.directory.Upstream;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.eclipse.microprofile.config.Config;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reference directories in the real server on PostgreSQL: the table-backed adapters (the
 * default) find what their tables hold and nothing else, and the configuration key
 * {@code eport.directory.<name>.adapter} makes the producer hand out the HTTP adapter instead.
 */
@ExtendWith(ArquillianExtension.class)
class DirectoryAdaptersIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(DirectoryAdaptersIT.class, DirectoryPorts.class, Upstream.class);
    }

    @Inject
    private DirectoryPorts directories;

    @Inject
    private DirectoryEntryRepository entries;

    @Inject
    private DirectoryAdapters adapters;

    @Inject
    private UserTransaction transaction;

    private void insert(DirectoryEntry... rows) throws Exception {
        transaction.begin();
        try {
            for (DirectoryEntry row : rows) {
                entries.add(row);
            }
            transaction.commit();
        } catch (Exception e) {
            transaction.rollback();
            throw e;
        }
    }

    private static RegistryRecord registryRecord(String uscc) {
        return new RegistryRecord(uscc, "集成测试示例有限公司", "测试法人", "1", "6", "1", new BigDecimal("1234.5678"),
                "WAN_YUAN", "北京市海淀区测试路1号", "北京市海淀区市场监督管理局", "110108", LocalDate.of(2020, 2, 29),
                "货物进出口；技术进出口。".repeat(100));
    }

    @Test
    void tableAdaptersFindTheirRowsAndNothingElse() throws Exception {
        String uscc = TestData.newUscc();
        Instant now = Instant.now();
        RegistryRecord record = registryRecord(uscc);
        ForexDeregistration dereg = new ForexDeregistration(uscc, "集成测试示例有限公司", LocalDate.of(2025, 12, 31), "注销", "110000");
        PendingFiling newer = new PendingFiling(uscc, FilingSystem.OLD_SYSTEM, FilingKind.FOREX, LocalDate.of(2026, 10, 1), null);
        PendingFiling older = new PendingFiling(uscc, FilingSystem.OLD_SYSTEM, FilingKind.MOFCOM, LocalDate.of(2026, 3, 1), "BA-1");
        insert(new RegistryEntry(record, now), new ForexDeregistrationEntry(dereg, now),
                new PendingFilingEntry(newer, now), new PendingFilingEntry(older, now));

        assertEquals(DirectoryResult.found(record), directories.registry.find(uscc), "every field survives the round trip");
        assertEquals(DirectoryResult.found(dereg), directories.forexDeregistrations.find(uscc));
        assertEquals(DirectoryResult.found(older), directories.pendingFilings.find(uscc, FilingSystem.OLD_SYSTEM), "the oldest of any kind");
        assertEquals(DirectoryResult.found(newer), directories.pendingFilings.find(uscc, FilingSystem.OLD_SYSTEM, FilingKind.FOREX));
        assertEquals(DirectoryResult.notFound(), directories.pendingFilings.find(uscc, FilingSystem.RA_SYSTEM));
        assertEquals(DirectoryResult.notFound(), directories.pendingFilings.find(uscc, FilingSystem.OLD_SYSTEM, FilingKind.CUSTOMS));
        assertEquals(DirectoryResult.notFound(), directories.forexEnterprises.find(uscc));
        assertEquals(DirectoryResult.notFound(), directories.customsRecords.find(uscc));

        String unknown = TestData.newUscc();
        assertEquals(DirectoryResult.notFound(), directories.registry.find(unknown));
        assertEquals(DirectoryResult.notFound(), directories.forexDeregistrations.find(unknown));
        assertEquals(DirectoryResult.notFound(), directories.pendingFilings.find(unknown, FilingSystem.OLD_SYSTEM));
    }

    @Test
    void theTableIsTheDefaultAdapter() {
        Config none = config(Map.of());
        assertInstanceOf(TableRegistryDirectory.class, adapters.registryDirectory(none));
        assertInstanceOf(TablePendingFilings.class, adapters.pendingFilings(none));
    }

    @Test
    void configurationSelectsTheHttpAdapterWhichAsksTheConfiguredService() throws Exception {
        String uscc = TestData.newUscc();
        insert(new RegistryEntry(new RegistryRecord(uscc, "表中的名称", null, null, null, "1", null, null, null, null,
                null, null, null), Instant.now()));
        String json = "{\"uscc\": \"" + uscc + "\", \"enterpriseName\": \"HTTP 服务中的名称\", \"statusCode\": \"4\"}";
        try (OneAnswerServer service = new OneAnswerServer(200, json)) {
            Config http = config(Map.of(
                    "eport.directory.registry.adapter", "http",
                    "eport.directory.registry.url", service.baseUrl(),
                    "eport.directory.registry.read-timeout-ms", "2000"));

            RegistryDirectory selected = adapters.registryDirectory(http);

            assertInstanceOf(HttpRegistryDirectory.class, selected);
            RegistryRecord answer = selected.find(uscc).recordIfFound().orElseThrow();
            assertEquals("HTTP 服务中的名称", answer.enterpriseName(), "the answer comes from the service, not the table");
            assertTrue(answer.deregisteredOrRevoked());
            assertEquals("GET /api/registry-records/" + uscc + " HTTP/1.1", service.requestLine());
            assertEquals("表中的名称", directories.registry.find(uscc).recordIfFound().orElseThrow().enterpriseName(),
                    "the application's own configuration still says table");
            assertInstanceOf(TablePendingFilings.class, adapters.pendingFilings(http), "other directories keep the table");
        }
    }

    @Test
    void anUnreachableServiceIsUnavailableInTheServerToo() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        PendingFilings selected = adapters.pendingFilings(config(Map.of(
                "eport.directory.pending-filings.adapter", "http",
                "eport.directory.pending-filings.url", "http://127.0.0.1:" + closedPort + "/api",
                "eport.directory.pending-filings.retries", "1",
                "eport.directory.pending-filings.retry-backoff-ms", "10")));
        assertInstanceOf(HttpPendingFilings.class, selected);
        DirectoryResult.Unavailable<?> unavailable = assertInstanceOf(DirectoryResult.Unavailable.class,
                selected.find(TestData.newUscc(), FilingSystem.RA_SYSTEM));
        assertEquals(DirectoryResult.Reason.CONNECTION_FAILED, unavailable.reason());
        assertEquals(Directory.PENDING_FILINGS, unavailable.directory());
    }

    private static Config config(Map<String, String> values) {
        return Upstream.config(values);
    }

    /**
     * A directory service on 127.0.0.1 that answers every request with the same status and body
     * and remembers the last request line. Plain sockets: nothing outside java.base in the server.
     */
    private static final class OneAnswerServer implements AutoCloseable {

        private final ServerSocket socket;
        private final Thread thread;
        private volatile String requestLine;

        OneAnswerServer(int status, String body) throws IOException {
            socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
            byte[] content = body.getBytes(StandardCharsets.UTF_8);
            byte[] head = ("HTTP/1.1 " + status + " X\r\nContent-Type: application/json; charset=utf-8\r\n"
                    + "Content-Length: " + content.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
            thread = new Thread(() -> {
                while (!socket.isClosed()) {
                    try (Socket connection = socket.accept()) {
                        requestLine = readHead(connection.getInputStream());
                        OutputStream out = connection.getOutputStream();
                        out.write(head);
                        out.write(content);
                        out.flush();
                    } catch (IOException e) {
                        // closed: the test is over
                    }
                }
            }, "directory-it-server");
            thread.setDaemon(true);
            thread.start();
        }

        /** Reads the request head and returns its first line. */
        private static String readHead(InputStream in) throws IOException {
            StringBuilder head = new StringBuilder();
            int c;
            while ((c = in.read()) != -1) {
                head.append((char) c);
                if (head.length() >= 4 && head.substring(head.length() - 4).equals("\r\n\r\n")) {
                    break;
                }
            }
            int end = head.indexOf("\r\n");
            return end < 0 ? head.toString() : head.substring(0, end);
        }

        String baseUrl() {
            return "http://127.0.0.1:" + socket.getLocalPort() + "/api";
        }

        String requestLine() {
            return requestLine;
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
