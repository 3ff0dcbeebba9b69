package cn.eport.onboarding.batch.codetable;

import cn.eport.onboarding.batch.source.FileSourceOpener;
import cn.eport.onboarding.batch.source.ImportSource;
import cn.eport.onboarding.codetable.CodeTable;
import cn.eport.onboarding.codetable.NewCodeEntry;
import cn.eport.onboarding.codetable.data.InitialCodeData;
import cn.eport.onboarding.demo.DemoData;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sample files of code-table-sync (config/src/main/batch-samples/code-table-sync, docs/batch-files.md):
 * one for every source, each read without a reject by the job's own reader and row rules, and the code
 * tables exactly what the product ships, so that a run over the sample folder changes nothing.
 */
class SampleFilesTest {

    private static final Path SAMPLES = Path.of("..", "config", "src", "main", "batch-samples", "code-table-sync");

    private static List<SyncItem> read(SyncSource source) throws Exception {
        Path file = SAMPLES.resolve(source.sourceName() + ".csv");
        assertTrue(Files.isRegularFile(file), "a sample for " + source.sourceName());
        ImportSource in = new FileSourceOpener().source(file.toUri());
        List<SyncItem> items = new ArrayList<>();
        try (RecordFile records = RecordFile.open(in)) {
            assertTrue(records.header().containsAll(source.target().requiredColumns()), source.sourceName());
            for (var next = records.next(); next.isPresent(); next = records.next()) {
                items.add(source.target().check(next.get(), LocalDate.of(2026, 12, 5)));
            }
        }
        return items;
    }

    @Test
    void everySourceHasASampleThatIsReadWithoutAReject() throws Exception {
        for (SyncSource source : SyncSource.values()) {
            List<SyncItem> items = read(source);
            assertTrue(!items.isEmpty(), source.sourceName());
            for (SyncItem item : items) {
                assertTrue(item.accepted(), source.sourceName() + " line " + item.record().line() + ": " + item.problems());
            }
            Set<String> keys = new HashSet<>();
            items.forEach(i -> assertTrue(keys.add(i.table() + "|" + i.key()), "key twice: " + i.key()));
        }
    }

    @Test
    void theCodeTableSamplesAreTheShippedTables() throws Exception {
        InitialCodeData shipped = InitialCodeData.fromClasspath();
        Set<NewCodeEntry> sampled = new HashSet<>();
        for (SyncSource source : SyncSource.values()) {
            if (source.target() instanceof CodeTableTarget) {
                read(source).forEach(item -> sampled.add((NewCodeEntry) item.value()));
            }
        }
        Set<NewCodeEntry> expected = new HashSet<>();
        for (CodeTable table : CodeTable.values()) {
            expected.addAll(shipped.entries(table));
        }
        assertEquals(expected, sampled);
        assertEquals(shipped.size(), sampled.size());
    }

    /** The directory samples list exactly the demo enterprises of each directory (DemoData), so a run over them keeps the demo. */
    @Test
    void theDirectorySamplesAreTheDemoDirectories() throws Exception {
        Map<SyncSource, Set<String>> demo = Map.of(
                SyncSource.REGISTRY_RECORDS, DemoData.REGISTRY_RECORDS.stream().map(r -> r.uscc()).collect(Collectors.toSet()),
                SyncSource.FOREX_ENTERPRISES, DemoData.FOREX_ENTERPRISES.stream().map(r -> r.uscc()).collect(Collectors.toSet()),
                SyncSource.FOREX_DEREGISTRATIONS, DemoData.FOREX_DEREGISTRATIONS.stream().map(r -> r.uscc()).collect(Collectors.toSet()),
                SyncSource.CUSTOMS_RECORDS, DemoData.CUSTOMS_RECORDS.stream().map(r -> r.uscc()).collect(Collectors.toSet()),
                SyncSource.PENDING_FILINGS, DemoData.PENDING_FILINGS.stream()
                        .map(p -> p.uscc() + "|" + p.system() + "|" + p.kind()).collect(Collectors.toSet()));
        for (Map.Entry<SyncSource, Set<String>> directory : demo.entrySet()) {
            assertEquals(directory.getValue(), read(directory.getKey()).stream().map(SyncItem::key).collect(Collectors.toSet()),
                    directory.getKey().sourceName());
        }
    }
}
