package cn.eport.onboarding.it.batch;

import cn.eport.onboarding.batch.control.JobControlService.ExecutionState;
import cn.eport.onboarding.batch.run.Reject;
import cn.eport.onboarding.batch.run.StepCounter;
import cn.eport.onboarding.batch.run.StepRecords;
import cn.eport.onboarding.codetable.data.InitialCodeData;
import cn.eport.onboarding.it.Deployments;
import cn.eport.onboarding.it.RunAsBatchOperator.BatchOperator;
import cn.eport.onboarding.persistence.DatabaseMigrator;
import cn.eport.onboarding.time.BusinessCalendar;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * code-table-sync run for real (R-4, issue 10 items 1 and 9) with files the test writes to a folder
 * of its own, passed as the job parameter {@code folder}. Sources the folder lacks are skipped. Every
 * test ends by syncing the shipped customs districts and code lists again, which re-activates what it
 * retired and restores the names it changed, so later tests see the shipped tables.
 */
@ExtendWith(ArquillianExtension.class)
class CodeTableSyncIT {

    private static final String DISTRICTS = "customs-districts";
    private static final String NEW_DISTRICT = "9980";
    private static final Duration AT_MOST = Duration.ofMinutes(3);
    private static final Charset GB18030 = Charset.forName("GB18030");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(CodeTableSyncIT.class, CodeTableSyncRuns.class);
    }

    @EJB
    private BatchOperator operator;

    @EJB
    private StepRecords records;

    @Inject
    private Clock clock;

    @Resource(lookup = DatabaseMigrator.DATASOURCE)
    private DataSource dataSource;

    private Path folder;
    private CodeTableSyncRuns runs;

    @BeforeEach
    void folder() throws IOException {
        runs = new CodeTableSyncRuns(operator, records, "code-table-sync-it", AT_MOST);
        folder = runs.folder();
    }

    @AfterEach
    void restoreShippedTables() throws Exception {
        Files.writeString(folder.resolve("customs-districts.csv"), shipped("customs-districts.csv"));
        Files.writeString(folder.resolve("code-lists.csv"), shipped("code-lists.csv"));
        assertEquals("COMPLETED", run(Map.of()).batchStatus());
        runs.deleteFolder();
        removeTheTestsOwnDistrict();
    }

    /**
     * The district only this test's snapshot listed stays retired in the table, as the job leaves it;
     * the test removes its own fixture so that the later tests find the 71 shipped districts only.
     */
    private void removeTheTestsOwnDistrict() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            for (String table : List.of("code_name_gram", "code_entry")) {
                try (PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM " + table + " WHERE table_name = 'CUSTOMS_DISTRICT' AND code = ?")) {
                    delete.setString(1, NEW_DISTRICT);
                    delete.executeUpdate();
                }
            }
        }
    }

    @Test
    void insertsUpdatesKeepsAndRetiresThenASecondRunChangesNothing() throws Exception {
        List<String> lines = new ArrayList<>(shipped("customs-districts.csv").lines().toList());
        int districts = lines.size() - 1;
        lines.removeIf(line -> line.startsWith("0200,"));
        lines.replaceAll(line -> line.startsWith("0100,") ? line.replace("0100,北京关区,", "0100,北京关区同步测试,") : line);
        lines.add(NEW_DISTRICT + ",同步测试关区,,北京,DIRECT," + NEW_DISTRICT + ",同步测试数据分中心"); // a code the shipped table lacks
        write("customs-districts.csv", String.join("\n", lines), StandardCharsets.UTF_8);

        ExecutionState first = run(Map.of());
        assertEquals("COMPLETED", first.batchStatus());
        Map<StepCounter, Long> load = counts(first, DISTRICTS);
        assertEquals(districts, load.get(StepCounter.TOTAL));
        assertEquals(districts, load.get(StepCounter.READ));
        assertEquals(1, load.get(StepCounter.INSERTED));
        assertEquals(1, load.get(StepCounter.UPDATED));
        assertEquals(districts - 2, load.get(StepCounter.UNCHANGED));
        assertEquals(1, counts(first, DISTRICTS + "-retire").get(StepCounter.RETIRED));
        assertRetired("0200");
        assertEquals("北京关区同步测试", nameOf("0100"));
        assertTrue(hasGram("0100", "测试"), "the changed name's grams are written");
        assertTrue(isActive(NEW_DISTRICT));

        ExecutionState second = run(Map.of());
        assertEquals("COMPLETED", second.batchStatus());
        Map<StepCounter, Long> again = counts(second, DISTRICTS);
        assertEquals(districts, again.get(StepCounter.UNCHANGED), "0200 left out, 9980 added: as many rows as shipped, all unchanged");
        assertEquals(0, again.getOrDefault(StepCounter.INSERTED, 0L));
        assertEquals(0, again.getOrDefault(StepCounter.UPDATED, 0L));
        assertEquals(0, counts(second, DISTRICTS + "-retire").getOrDefault(StepCounter.RETIRED, 0L));

        write("customs-districts.csv", shipped("customs-districts.csv"), StandardCharsets.UTF_8);
        ExecutionState back = run(Map.of());
        assertEquals(2, counts(back, DISTRICTS).get(StepCounter.UPDATED), "0200 re-activated and 0100 renamed back");
        assertTrue(isActive("0200"));
        assertNull(validTo("0200"));
        assertFalse(isActive(NEW_DISTRICT), "the code only the test's snapshot listed is retired");
    }

    @Test
    void badRowsAreRejectedWithTheirLinesAndRetireNothingOverTheLimit() throws Exception {
        String shipped = shipped("customs-districts.csv");
        int lastLine = (int) shipped.lines().count();
        write("customs-districts.csv", shipped.stripTrailing() + "\n"
                + "01X0,坏代码关区,,北京,DIRECT,0100,北京数据分中心\n"
                + "0100,北京关区重复,,北京,DIRECT,0100,北京数据分中心\n"
                + "9901,有上级的直属关,0100,北京,DIRECT,0100,北京数据分中心\n"
                + "9902,字段太少\n", StandardCharsets.UTF_8);

        ExecutionState run = run(Map.of());
        assertEquals("COMPLETED", run.batchStatus());
        assertEquals(4, counts(run, DISTRICTS).get(StepCounter.REJECTED));
        List<Reject> rejects = operator.attempt(() -> records.rejects(run.instanceId(), 0, 10)).get();
        assertEquals(List.of((long) lastLine + 1, (long) lastLine + 2, (long) lastLine + 3, (long) lastLine + 4),
                rejects.stream().map(Reject::line).sorted().toList());
        Reject duplicate = rejects.stream().filter(r -> r.line() == lastLine + 2).findFirst().orElseThrow();
        assertTrue(duplicate.reason().contains("与第 2 行重复"), duplicate.reason());
        Reject badCode = rejects.stream().filter(r -> r.line() == lastLine + 1).findFirst().orElseThrow();
        assertEquals("code", badCode.field());
        assertEquals(0, counts(run, DISTRICTS + "-retire").getOrDefault(StepCounter.RETIRED, 0L));

        // a snapshot of two districts with 4 rejects over a limit of 3: the step fails and nothing is retired
        write("customs-districts.csv", "code,name,parent_code,province,kind,card_issuer_code,card_issuer_name\n"
                + "0100,北京关区,,北京,DIRECT,0100,北京数据分中心\n"
                + "0200,天津关区,,天津,DIRECT,0200,天津数据分中心\n"
                + "01X0,a,,,DIRECT,0100,x\n01X1,a,,,DIRECT,0100,x\n01X2,a,,,DIRECT,0100,x\n01X3,a,,,DIRECT,0100,x\n",
                StandardCharsets.UTF_8);
        ExecutionState overLimit = run(Map.of("rejectLimit", "3"));
        assertEquals("FAILED", overLimit.batchStatus());
        assertTrue(isActive("0400"), "nothing retired");
    }

    @Test
    void readsGb18030AndXml() throws Exception {
        String lists = shipped("code-lists.csv").replace("1,企业法人,", "1,企业法人（国标编码）,");
        write("code-lists.csv", lists, GB18030);
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<records>\n");
        shipped("customs-districts.csv").lines().skip(1).forEach(line -> {
            String[] f = line.split(",", -1);
            xml.append("  <record><code>").append(f[0]).append("</code><name>").append(f[1]).append("</name><parent_code>")
                    .append(f[2]).append("</parent_code><province>").append(f[3]).append("</province><kind>").append(f[4])
                    .append("</kind><card_issuer_code>").append(f[5]).append("</card_issuer_code><card_issuer_name>")
                    .append(f[6]).append("</card_issuer_name></record>\n");
        });
        write("customs-districts.xml", xml.append("</records>\n").toString(), StandardCharsets.UTF_8);

        ExecutionState run = run(Map.of());
        assertEquals("COMPLETED", run.batchStatus());
        Map<StepCounter, Long> districts = counts(run, DISTRICTS);
        assertEquals(districts.get(StepCounter.TOTAL), districts.get(StepCounter.UNCHANGED), "the XML is the shipped table");
        assertEquals(0, districts.getOrDefault(StepCounter.REJECTED, 0L));
        Map<StepCounter, Long> codeLists = counts(run, "code-lists");
        assertEquals(1, codeLists.get(StepCounter.UPDATED));
        assertEquals("企业法人（国标编码）", name("LEGAL_PERSON_TYPE", "1"));
        Files.delete(folder.resolve("customs-districts.xml"));
    }

    @Test
    void emptyMissingBrokenOrWronglyHeadedFilesFailTheRunAndChangeNothing() throws Exception {
        write("customs-districts.csv", "", StandardCharsets.UTF_8);
        assertFailedWithoutReading(run(Map.of()));

        write("customs-districts.csv", "code,name,parent_code,province,kind,card_issuer_code,card_issuer_name\n",
                StandardCharsets.UTF_8);
        assertFailedWithoutReading(run(Map.of()));

        write("customs-districts.csv", "code,title\n0100,北京关区\n", StandardCharsets.UTF_8);
        assertFailedWithoutReading(run(Map.of()));

        ExecutionState missing = run(Map.of("source.customs-districts", folder.resolve("absent.csv").toString()));
        assertFailedWithoutReading(missing);

        // an unclosed quote after a few rows: the run fails at that line and nothing is retired
        write("customs-districts.csv", "code,name,parent_code,province,kind,card_issuer_code,card_issuer_name\n"
                + "0100,北京关区,,北京,DIRECT,0100,北京数据分中心\n"
                + "0200,\"天津关区,,天津,DIRECT,0200,天津数据分中心\n", StandardCharsets.UTF_8);
        ExecutionState broken = run(Map.of());
        assertEquals("FAILED", broken.batchStatus());
        assertTrue(isActive("0400"), "nothing retired");
        Files.delete(folder.resolve("customs-districts.csv"));
    }

    private void assertFailedWithoutReading(ExecutionState run) throws Exception {
        assertEquals("FAILED", run.batchStatus());
        assertEquals(0, counts(run, DISTRICTS).getOrDefault(StepCounter.READ, 0L));
        assertTrue(isActive("0400"));
    }

    private ExecutionState run(Map<String, String> parameters) {
        return runs.run(parameters);
    }

    private Map<StepCounter, Long> counts(ExecutionState run, String step) throws Exception {
        return runs.counts(run, step);
    }

    private void write(String name, String content, Charset charset) throws IOException {
        Files.writeString(folder.resolve(name), content, charset);
    }

    private static String shipped(String name) throws IOException {
        try (InputStream in = InitialCodeData.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private void assertRetired(String code) throws Exception {
        assertFalse(isActive(code));
        LocalDate today = BusinessCalendar.today(clock);
        LocalDate validFrom = query("SELECT valid_from FROM code_entry WHERE table_name = 'CUSTOMS_DISTRICT' AND code = ?", code,
                rows -> rows.getDate(1).toLocalDate());
        assertEquals(validFrom.isBefore(today) ? today : null, validTo(code), "valid until today when it was valid before today");
    }

    private boolean isActive(String code) throws Exception {
        return query("SELECT active FROM code_entry WHERE table_name = 'CUSTOMS_DISTRICT' AND code = ?", code, rows -> rows.getBoolean(1));
    }

    private LocalDate validTo(String code) throws Exception {
        Date validTo = query("SELECT valid_to FROM code_entry WHERE table_name = 'CUSTOMS_DISTRICT' AND code = ?", code,
                rows -> rows.getDate(1));
        return validTo == null ? null : validTo.toLocalDate();
    }

    private String nameOf(String code) throws Exception {
        return name("CUSTOMS_DISTRICT", code);
    }

    private String name(String table, String code) throws Exception {
        return query("SELECT name_zh FROM code_entry WHERE table_name = '" + table + "' AND code = ?", code, rows -> rows.getString(1));
    }

    private boolean hasGram(String code, String gram) throws Exception {
        return query("SELECT COUNT(*) FROM code_name_gram WHERE table_name = 'CUSTOMS_DISTRICT' AND code = ? AND gram = '" + gram + "'",
                code, rows -> rows.getLong(1) == 1);
    }

    private interface Column<T> {
        T read(ResultSet rows) throws Exception;
    }

    private <T> T query(String sql, String code, Column<T> column) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, code);
            try (ResultSet rows = statement.executeQuery()) {
                assertTrue(rows.next(), "no row for " + code);
                return column.read(rows);
            }
        }
    }
}
