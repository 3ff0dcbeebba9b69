package cn.eport.onboarding.it.directory;

import cn.eport.onboarding.demo.DemoData;
import cn.eport.onboarding.directory.CustomsEnterpriseRecords;
import cn.eport.onboarding.directory.Directory;
import cn.eport.onboarding.directory.DirectoryAdapters;
import cn.eport.onboarding.directory.DirectoryResult;
import cn.eport.onboarding.directory.DirectoryResult.Reason;
import cn.eport.onboarding.directory.FilingKind;
import cn.eport.onboarding.directory.FilingSystem;
import cn.eport.onboarding.directory.ForexDeregistrationList;
import cn.eport.onboarding.directory.ForexEnterpriseDirectory;
import cn.eport.onboarding.directory.PendingFilings;
import cn.eport.onboarding.directory.RegistryDirectory;
import cn.eport.onboarding.directory.http.DirectoryCalls;
import cn.eport.onboarding.directory.http.HttpRegistryDirectory;
import cn.eport.onboarding.directory.table.TableRegistryDirectory;
import cn.eport.onboarding.it.TestData;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The product's HTTP directory adapters in the real server (MicroProfile Rest Client and Fault
 * Tolerance of Payara) against upstream on Payara Micro: every directory's answers, and each
 * failure mode of docs/directories-http.md with the retries Fault Tolerance makes (the defaults:
 * one retry). The application keeps the table adapters; the tests take the HTTP adapters from the
 * producer with a configuration of their own. Each directory has its own circuit breaker (10
 * attempts, 50 %): the failures are spread so none opens here (DirectoryCircuitBreakerIT opens one).
 */
@ExtendWith(ArquillianExtension.class)
class HttpDirectoryAdaptersIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Upstream.earWithTests(HttpDirectoryAdaptersIT.class);
    }

    @Inject
    private DirectoryAdapters adapters;

    private RegistryDirectory registry(String baseUrl, String... settings) {
        return adapters.registryDirectory(Upstream.http("registry", baseUrl, settings));
    }

    private static void assertUnavailable(Reason reason, Directory directory, DirectoryResult<?> result) {
        DirectoryResult.Unavailable<?> unavailable = assertInstanceOf(DirectoryResult.Unavailable.class, result);
        assertEquals(reason, unavailable.reason());
        assertEquals(directory, unavailable.directory());
        assertEquals(directory.unavailableMessageKey(), unavailable.messageKey());
    }

    @Test
    void theApplicationKeepsTheTableAndFaultToleranceReadsTheProductKeys() {
        assertInstanceOf(TableRegistryDirectory.class, adapters.registryDirectory(ConfigProvider.getConfig()),
                "the application's own configuration says table");
        String key = DirectoryCalls.class.getName() + "/registry/Retry/maxRetries";
        assertEquals("1", ConfigProvider.getConfig().getValue(key, String.class),
                "DirectoryFaultToleranceSource answers Fault Tolerance's key from eport.directory.registry.retries (default 1)");
    }

    @Test
    void everyDirectoryAnswersWithTheDemoRecords() {
        RegistryDirectory registry = registry(Upstream.directories());
        assertInstanceOf(HttpRegistryDirectory.class, registry);
        DemoData.REGISTRY_RECORDS.forEach(record -> assertEquals(DirectoryResult.found(record), registry.find(record.uscc())));
        assertEquals(DirectoryResult.notFound(), registry.find(DemoData.USCC_B));

        ForexEnterpriseDirectory forex = adapters.forexEnterpriseDirectory(Upstream.http("forex-enterprises", Upstream.directories()));
        DemoData.FOREX_ENTERPRISES.forEach(record -> assertEquals(DirectoryResult.found(record), forex.find(record.uscc())));
        assertEquals(DirectoryResult.notFound(), forex.find(DemoData.USCC_B));

        ForexDeregistrationList dereg = adapters.forexDeregistrationList(Upstream.http("forex-deregistrations", Upstream.directories()));
        DemoData.FOREX_DEREGISTRATIONS.forEach(record -> assertEquals(DirectoryResult.found(record), dereg.find(record.uscc())));
        assertEquals(DirectoryResult.notFound(), dereg.find(DemoData.USCC_A));

        CustomsEnterpriseRecords customs = adapters.customsEnterpriseRecords(Upstream.http("customs-records", Upstream.directories()));
        DemoData.CUSTOMS_RECORDS.forEach(record -> assertEquals(DirectoryResult.found(record), customs.find(record.uscc())));
        assertEquals(DirectoryResult.notFound(), customs.find(DemoData.USCC_NO_CUSTOMS));

        PendingFilings pending = adapters.pendingFilings(Upstream.http("pending-filings", Upstream.directories()));
        DemoData.PENDING_FILINGS.forEach(filing -> assertEquals(DirectoryResult.found(filing),
                pending.find(filing.uscc(), filing.system(), filing.kind())));
        assertEquals(FilingKind.MOFCOM, pending.find(DemoData.USCC_PENDING, FilingSystem.OLD_SYSTEM).recordIfFound().orElseThrow().kind());
        assertEquals(DirectoryResult.notFound(), pending.find(DemoData.USCC_PENDING, FilingSystem.RA_SYSTEM, FilingKind.MOFCOM));
        assertEquals(DirectoryResult.notFound(), pending.find(TestData.newUscc(), FilingSystem.OLD_SYSTEM));
    }

    @Test
    void aServerErrorIsRetriedOnceThenUnavailable() {
        String fault = Upstream.fault("status-503");
        assertUnavailable(Reason.SERVER_ERROR, Directory.REGISTRY, registry(Upstream.withFault(fault)).find(DemoData.USCC_A));
        assertEquals(2, Upstream.requests(fault), "the first attempt and one retry");
    }

    @Test
    void aRetryThatSucceedsIsFound() {
        String fault = Upstream.fault("flaky-1");
        assertEquals(DemoData.REGISTRY_RECORDS.get(0),
                registry(Upstream.withFault(fault)).find(DemoData.USCC_A).recordIfFound().orElseThrow());
        assertEquals(2, Upstream.requests(fault));
    }

    @Test
    void aSlowServiceTimesOutAndIsRetriedOnce() {
        String fault = Upstream.fault("slow-5000");
        ForexEnterpriseDirectory forex = adapters.forexEnterpriseDirectory(Upstream.http("forex-enterprises",
                Upstream.withFault(fault), "read-timeout-ms", "500"));
        long start = System.nanoTime();
        DirectoryResult<?> result = forex.find(DemoData.USCC_A);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertUnavailable(Reason.TIMEOUT, Directory.FOREX_ENTERPRISES, result);
        assertEquals(2, Upstream.requests(fault));
        assertTrue(took.compareTo(Duration.ofMillis(4000)) < 0, "gave up after the read timeouts, not the service's 5 s: " + took);
    }

    @Test
    void malformedHugeAndUnexpectedAnswersAreUnavailableWithoutRetry() {
        for (String[] fault : new String[][]{{"malformed", "MALFORMED_RESPONSE"}, {"huge", "MALFORMED_RESPONSE"},
                {"status-400", "UNEXPECTED_STATUS"}, {"status-403", "UNEXPECTED_STATUS"}}) {
            String segment = Upstream.fault(fault[0]);
            ForexDeregistrationList dereg = adapters.forexDeregistrationList(Upstream.http("forex-deregistrations",
                    Upstream.withFault(segment)));
            assertUnavailable(Reason.valueOf(fault[1]), Directory.FOREX_DEREGISTRATIONS, dereg.find(DemoData.USCC_FOREX_DEREG));
            assertEquals(1, Upstream.requests(segment), fault[0] + ": another attempt would get the same answer");
        }
    }

    @Test
    void aRefusedConnectionIsUnavailable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        CustomsEnterpriseRecords customs = adapters.customsEnterpriseRecords(Upstream.http("customs-records",
                "http://127.0.0.1:" + closedPort + "/upstream/api"));
        assertUnavailable(Reason.CONNECTION_FAILED, Directory.CUSTOMS_RECORDS, customs.find(DemoData.USCC_A));
    }
}
