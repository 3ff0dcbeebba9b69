package cn.eport.onboarding.upstream;

import cn.eport.onboarding.demo.DemoData;
import cn.eport.onboarding.directory.Directory;
import cn.eport.onboarding.directory.DirectoryResult;
import cn.eport.onboarding.directory.FilingKind;
import cn.eport.onboarding.directory.FilingSystem;
import cn.eport.onboarding.directory.PendingFiling;
import cn.eport.onboarding.directory.http.Attempts;
import cn.eport.onboarding.directory.http.DirectoryTransport;
import cn.eport.onboarding.directory.http.DirectoryTransport.RawAnswer;
import cn.eport.onboarding.directory.http.HttpCustomsEnterpriseRecords;
import cn.eport.onboarding.directory.http.HttpDirectoryClient;
import cn.eport.onboarding.directory.http.HttpForexDeregistrationList;
import cn.eport.onboarding.directory.http.HttpForexEnterpriseDirectory;
import cn.eport.onboarding.directory.http.HttpPendingFilings;
import cn.eport.onboarding.directory.http.HttpRegistryDirectory;
import cn.eport.onboarding.directory.http.HttpSettings;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Upstream's directories are the product's demo data: each record of DemoData, read by the
 * product's own HTTP adapter from upstream's answer, is the same record, and upstream knows no
 * other enterprise. So a demo against upstream behaves as the table-backed default.
 */
class UpstreamDataTest {

    private final Directories directories = new Directories();

    /** The product's adapter with upstream's {@link DirectoryResource} answering in place of the network. */
    private <A> A adapter(Directory directory, Function<HttpDirectoryClient, A> adapter) {
        DirectoryTransport upstream = (resource, uscc, query) -> {
            Directories.Answer answer = directories.answer(resource, uscc, query.get("system"), query.get("kind"));
            return RawAnswer.of(answer.status(), answer.body() == null ? new byte[0] : answer.body().getBytes(StandardCharsets.UTF_8));
        };
        HttpSettings settings = new HttpSettings(URI.create("http://127.0.0.1:9/upstream/api"), Duration.ofSeconds(1),
                Duration.ofSeconds(1), 0, Duration.ZERO);
        return adapter.apply(new HttpDirectoryClient(directory, settings, upstream, Attempts.ONCE));
    }

    @Test
    void registryRecordsAreTheDemoRecords() {
        HttpRegistryDirectory registry = adapter(Directory.REGISTRY, HttpRegistryDirectory::new);
        DemoData.REGISTRY_RECORDS.forEach(record -> assertEquals(DirectoryResult.found(record), registry.find(record.uscc())));
        assertEquals(DemoData.REGISTRY_RECORDS.size(), directories.all("registry-records").size());
        assertEquals(DirectoryResult.notFound(), registry.find(DemoData.USCC_B), "ent-b is unknown to the registry");
    }

    @Test
    void forexDirectoriesAreTheDemoRecords() {
        HttpForexEnterpriseDirectory forex = adapter(Directory.FOREX_ENTERPRISES, HttpForexEnterpriseDirectory::new);
        DemoData.FOREX_ENTERPRISES.forEach(record -> assertEquals(DirectoryResult.found(record), forex.find(record.uscc())));
        assertEquals(DemoData.FOREX_ENTERPRISES.size(), directories.all("forex-enterprises").size());
        HttpForexDeregistrationList dereg = adapter(Directory.FOREX_DEREGISTRATIONS, HttpForexDeregistrationList::new);
        DemoData.FOREX_DEREGISTRATIONS.forEach(record -> assertEquals(DirectoryResult.found(record), dereg.find(record.uscc())));
        assertEquals(DemoData.FOREX_DEREGISTRATIONS.size(), directories.all("forex-deregistrations").size());
        assertEquals(DirectoryResult.notFound(), dereg.find(DemoData.USCC_A));
    }

    @Test
    void customsRecordsAreTheDemoRecords() {
        HttpCustomsEnterpriseRecords customs = adapter(Directory.CUSTOMS_RECORDS, HttpCustomsEnterpriseRecords::new);
        DemoData.CUSTOMS_RECORDS.forEach(record -> assertEquals(DirectoryResult.found(record), customs.find(record.uscc())));
        assertEquals(DemoData.CUSTOMS_RECORDS.size(), directories.all("customs-records").size());
        assertEquals(DirectoryResult.notFound(), customs.find(DemoData.USCC_NO_CUSTOMS));
    }

    @Test
    void pendingFilingsAreTheDemoFilingsOldestFirst() {
        HttpPendingFilings pending = adapter(Directory.PENDING_FILINGS, HttpPendingFilings::new);
        for (PendingFiling filing : DemoData.PENDING_FILINGS) {
            assertEquals(DirectoryResult.found(filing), pending.find(filing.uscc(), filing.system(), filing.kind()));
        }
        assertEquals(DemoData.PENDING_FILINGS.size(), directories.all("pending-filings").size());
        assertEquals(FilingKind.MOFCOM, pending.find(DemoData.USCC_PENDING, FilingSystem.OLD_SYSTEM).recordIfFound().orElseThrow().kind(),
                "the oldest of the old system");
        assertEquals(DirectoryResult.notFound(), pending.find(DemoData.USCC_PENDING, FilingSystem.RA_SYSTEM, FilingKind.FOREX));
        assertEquals(DirectoryResult.notFound(), pending.find(DemoData.USCC_A, FilingSystem.OLD_SYSTEM));
    }

    @Test
    void pendingFilingsWithoutASystemAreABadRequestAndUnknownResourcesNotFound() {
        assertEquals(400, directories.answer("pending-filings", DemoData.USCC_PENDING, null, null).status());
        assertEquals(404, directories.answer("nothing-here", DemoData.USCC_A, null, null).status());
        assertEquals(List.of(), directories.all("nothing-here"));
    }
}
