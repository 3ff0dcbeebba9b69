package cn.eport.onboarding.it.batch;

import cn.eport.onboarding.batch.codetable.SyncSource;
import cn.eport.onboarding.batch.control.JobControlService.ExecutionState;
import cn.eport.onboarding.batch.run.Reject;
import cn.eport.onboarding.batch.run.StepCounter;
import cn.eport.onboarding.batch.run.StepRecords;
import cn.eport.onboarding.directory.table.DirectoryLayout;
import cn.eport.onboarding.it.RunAsBatchOperator.BatchOperator;
import cn.eport.onboarding.it.TestData;
import cn.eport.onboarding.it.directory.Upstream;
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
import java.math.BigDecimal;
import java.net.URI;
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
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * code-table-sync of the reference directories (R-4, issue 10 items 1 and 9), run for real. Each
 * file the tests write is a complete snapshot, so it starts with the table's current rows as they
 * are (the demo enterprises and whatever other tests left) and adds enterprises of USCCs of the
 * test's own ({@link TestData#newUscc()}). After each test the tables it touched are synced back to
 * their rows before the test: the test's own rows are retired (never deleted), every other row is
 * as it was, so the browser tests still find the demo directory entries (ent-a in the registry,
 * ent-cancelled 注销 …).
 */
@ExtendWith(ArquillianExtension.class)
class CodeTableDirectorySyncIT {

    private static final Logger LOG = Logger.getLogger(CodeTableDirectorySyncIT.class.getName());
    private static final Duration AT_MOST = Duration.ofMinutes(5);
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final String REGISTRY = SyncSource.REGISTRY_RECORDS.sourceName();

    @Deployment
    static EnterpriseArchive deployment() {
        return Upstream.earWithTests(CodeTableDirectorySyncIT.class, CodeTableSyncRuns.class);
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

    /** The rows of each directory a test touched, as they were before it. */
    private final Map<DirectoryLayout, List<Map<String, String>>> before = new EnumMap<>(DirectoryLayout.class);

    @BeforeEach
    void folder() throws IOException {
        runs = new CodeTableSyncRuns(operator, records, "code-table-directory-sync-it", AT_MOST);
        folder = runs.folder();
    }

    @AfterEach
    void restoreTheDirectories() throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        for (Map.Entry<DirectoryLayout, List<Map<String, String>>> table : before.entrySet()) {
            write(table.getKey(), csv(table.getKey(), table.getValue()), StandardCharsets.UTF_8);
        }
        if (!before.isEmpty()) {
            ExecutionState restored = run(Map.of());
            assertEquals("COMPLETED", restored.batchStatus(), restored.exitStatus());
            for (Map.Entry<DirectoryLayout, List<Map<String, String>>> table : before.entrySet()) {
                assertEquals(keys(table.getKey(), table.getValue()), keys(table.getKey(), current(table.getKey())),
                        table.getKey() + " is as before the test");
            }
        }
        runs.deleteFolder();
    }

    @Test
    void registryRecordsAreInsertedUpdatedKeptAndRetiredAndASecondRunChangesNothing() throws Exception {
        List<Map<String, String>> table = tableAsItIs(DirectoryLayout.REGISTRY_RECORDS);
        int existing = table.size();
        String a = TestData.newUscc();
        String b = TestData.newUscc();
        String c = TestData.newUscc();
        write(DirectoryLayout.REGISTRY_RECORDS, csv(DirectoryLayout.REGISTRY_RECORDS,
                plus(table, registryRow(a, "目录同步测试甲有限公司"), registryRow(b, "目录同步测试乙有限公司"))), StandardCharsets.UTF_8);

        ExecutionState first = run(Map.of());
        assertEquals("COMPLETED", first.batchStatus(), first.exitStatus());
        assertEquals(Map.of(StepCounter.TOTAL, existing + 2L, StepCounter.READ, existing + 2L, StepCounter.REJECTED, 0L,
                StepCounter.INSERTED, 2L, StepCounter.UPDATED, 0L, StepCounter.UNCHANGED, (long) existing), counts(first, REGISTRY));
        assertEquals(Map.of(StepCounter.RETIRED, 0L), counts(first, REGISTRY + "-retire"));

        Map<String, String> renamed = registryRow(a, "目录同步测试甲（更名）有限公司");
        renamed.put("status_code", "2");
        renamed.put("established_on", "2020-02-29");
        List<Map<String, String>> snapshot = plus(table, renamed, registryRow(c, "目录同步测试丙有限公司"));
        write(DirectoryLayout.REGISTRY_RECORDS, csv(DirectoryLayout.REGISTRY_RECORDS, snapshot), StandardCharsets.UTF_8);
        ExecutionState second = run(Map.of());
        assertEquals("COMPLETED", second.batchStatus(), second.exitStatus());
        Map<StepCounter, Long> load = counts(second, REGISTRY);
        assertEquals(1L, load.get(StepCounter.INSERTED));
        assertEquals(1L, load.get(StepCounter.UPDATED));
        assertEquals((long) existing, load.get(StepCounter.UNCHANGED));
        assertEquals(1L, counts(second, REGISTRY + "-retire").get(StepCounter.RETIRED), "乙 is no longer listed");
        LocalDate today = BusinessCalendar.today(clock);
        assertEquals(List.of(today), retiredOn(DirectoryLayout.REGISTRY_RECORDS, b), "retired today, and still there: one row");
        assertEquals(List.of("目录同步测试甲（更名）有限公司|2|2020-02-29"),
                strings("SELECT enterprise_name || '|' || status_code || '|' || established_on FROM dir_registry_record"
                        + " WHERE uscc = ? AND retired_on IS NULL", a));
        assertEquals(List.of("北京海淀示例进出口贸易有限公司"),
                strings("SELECT enterprise_name FROM dir_registry_record WHERE uscc = ? AND retired_on IS NULL", "91110108MA01ABCD5T"),
                "the demo rows are kept as they are");

        ExecutionState again = run(Map.of());
        assertEquals("COMPLETED", again.batchStatus(), again.exitStatus());
        assertEquals(Map.of(StepCounter.TOTAL, existing + 2L, StepCounter.READ, existing + 2L, StepCounter.REJECTED, 0L,
                StepCounter.INSERTED, 0L, StepCounter.UPDATED, 0L, StepCounter.UNCHANGED, existing + 2L), counts(again, REGISTRY),
                "the same file again changes nothing");
        assertEquals(Map.of(StepCounter.RETIRED, 0L), counts(again, REGISTRY + "-retire"));
        assertEquals(List.of(today), retiredOn(DirectoryLayout.REGISTRY_RECORDS, b));
    }

    @Test
    void badRowsAreRejectedAndOverTheLimitTheStepFailsBeforeAnythingIsRetired() throws Exception {
        List<Map<String, String>> table = tableAsItIs(DirectoryLayout.REGISTRY_RECORDS);
        String kept = TestData.newUscc();
        write(DirectoryLayout.REGISTRY_RECORDS, csv(DirectoryLayout.REGISTRY_RECORDS,
                plus(table, registryRow(kept, "拒收上限测试甲有限公司"))), StandardCharsets.UTF_8);
        assertEquals("COMPLETED", run(Map.of()).batchStatus());

        // 甲 left out, a good new row, and four bad ones after it
        String good = TestData.newUscc();
        String badCheck = good.substring(0, 17) + (good.charAt(17) == '0' ? '1' : '0');
        Map<String, String> wrongCheckCharacter = registryRow(badCheck, "校验位错误有限公司");
        Map<String, String> noName = registryRow(TestData.newUscc(), "");
        Map<String, String> impossibleDay = registryRow(TestData.newUscc(), "日期错误有限公司");
        impossibleDay.put("established_on", "2023-02-30");
        Map<String, String> future = registryRow(TestData.newUscc(), "未来日期有限公司");
        future.put("established_on", "2999-01-01");
        List<Map<String, String>> snapshot = plus(table, registryRow(good, "拒收上限测试乙有限公司"),
                wrongCheckCharacter, noName, impossibleDay, future);
        write(DirectoryLayout.REGISTRY_RECORDS, csv(DirectoryLayout.REGISTRY_RECORDS, snapshot), StandardCharsets.UTF_8);

        ExecutionState overLimit = run(Map.of("rejectLimit", "3"));
        assertEquals("FAILED", overLimit.batchStatus());
        assertTrue(overLimit.exitStatus().contains("拒收 4 行，超过拒收上限 3") && overLimit.exitStatus().contains(REGISTRY),
                overLimit.exitStatus());
        assertEquals(4L, counts(overLimit, REGISTRY).get(StepCounter.REJECTED));
        assertEquals(1L, counts(overLimit, REGISTRY).get(StepCounter.INSERTED), "the good rows are written");
        assertEquals(Map.of(StepCounter.RETIRED, 0L), counts(overLimit, REGISTRY + "-retire"));
        assertEquals(Collections.singletonList((LocalDate) null), retiredOn(DirectoryLayout.REGISTRY_RECORDS, kept), "nothing retired");
        int firstBad = table.size() + 3;
        Map<Long, String> fields = rejects(overLimit).stream().collect(Collectors.toMap(Reject::line, r -> String.valueOf(r.field())));
        assertEquals(Map.of((long) firstBad, "uscc", firstBad + 1L, "enterprise_name", firstBad + 2L, "established_on",
                firstBad + 3L, "established_on"), fields);
        assertTrue(rejects(overLimit).stream().anyMatch(r -> r.reason().contains("校验位")), "the USCC's check character is named");

        ExecutionState withinLimit = run(Map.of("rejectLimit", "4"));
        assertEquals("COMPLETED", withinLimit.batchStatus(), withinLimit.exitStatus());
        assertEquals(4L, counts(withinLimit, REGISTRY).get(StepCounter.REJECTED));
        assertEquals(1L, counts(withinLimit, REGISTRY + "-retire").get(StepCounter.RETIRED), "at the limit 甲 is retired");
        assertEquals(List.of(BusinessCalendar.today(clock)), retiredOn(DirectoryLayout.REGISTRY_RECORDS, kept));
    }

    @Test
    void aKeyTwiceInOneFileIsRejectedAndTheFirstRowCounts() throws Exception {
        List<Map<String, String>> table = tableAsItIs(DirectoryLayout.PENDING_FILINGS);
        String uscc = TestData.newUscc();
        List<Map<String, String>> snapshot = plus(table,
                pendingRow(uscc, "OLD_SYSTEM", "MOFCOM", "2026-01-05"),
                pendingRow(uscc, "RA_SYSTEM", "CUSTOMS", "2026-02-06"),
                pendingRow(uscc, "OLD_SYSTEM", "MOFCOM", "2026-03-07"));
        write(DirectoryLayout.PENDING_FILINGS, csv(DirectoryLayout.PENDING_FILINGS, snapshot), StandardCharsets.UTF_8);

        ExecutionState run = run(Map.of("itemCount", "2"));
        assertEquals("COMPLETED", run.batchStatus(), run.exitStatus());
        String step = SyncSource.PENDING_FILINGS.sourceName();
        assertEquals(2L, counts(run, step).get(StepCounter.INSERTED), "system and kind are part of the key");
        assertEquals(1L, counts(run, step).get(StepCounter.REJECTED));
        Reject duplicate = rejects(run).get(0);
        int firstLine = table.size() + 2;
        assertEquals(firstLine + 2L, duplicate.line());
        assertTrue(duplicate.reason().contains("与第 " + firstLine + " 行重复"), duplicate.reason());
        assertEquals(List.of("2026-01-05"), strings("SELECT CAST(pending_since AS VARCHAR) FROM dir_pending_filing"
                + " WHERE uscc = ? AND filing_system = 'OLD_SYSTEM' AND filing_kind = 'MOFCOM'", uscc));
    }

    @Test
    void directoriesAreReadFromGb18030AndXml() throws Exception {
        List<Map<String, String>> customs = tableAsItIs(DirectoryLayout.CUSTOMS_RECORDS);
        String inGb18030 = TestData.newUscc();
        Map<String, String> record = row(DirectoryLayout.CUSTOMS_RECORDS, inGb18030);
        record.put("enterprise_name", "广州番禺示例（国标编码）贸易有限公司");
        record.put("customs_code", "4401969999");
        record.put("customs_district", "5100");
        record.put("registered_on", "2021-05-06");
        write(DirectoryLayout.CUSTOMS_RECORDS, csv(DirectoryLayout.CUSTOMS_RECORDS, plus(customs, record)), GB18030);

        List<Map<String, String>> deregistrations = tableAsItIs(DirectoryLayout.FOREX_DEREGISTRATIONS);
        String inXml = TestData.newUscc();
        Map<String, String> deregistered = row(DirectoryLayout.FOREX_DEREGISTRATIONS, inXml);
        deregistered.put("enterprise_name", "XML 示例 & 注销有限公司");
        deregistered.put("deregistered_on", "2025-11-30");
        deregistered.put("reason", "企业申请注销 <外汇登记>");
        String xml = xml(plus(deregistrations, deregistered));
        Files.writeString(folder.resolve(SyncSource.FOREX_DEREGISTRATIONS.sourceName() + ".xml"), xml, StandardCharsets.UTF_8);

        ExecutionState run = run(Map.of());
        assertEquals("COMPLETED", run.batchStatus(), run.exitStatus());
        Map<StepCounter, Long> fromGb18030 = counts(run, SyncSource.CUSTOMS_RECORDS.sourceName());
        assertEquals(1L, fromGb18030.get(StepCounter.INSERTED));
        assertEquals((long) customs.size(), fromGb18030.get(StepCounter.UNCHANGED), "the existing names read back equal");
        assertEquals(0L, fromGb18030.get(StepCounter.REJECTED));
        assertEquals(List.of("广州番禺示例（国标编码）贸易有限公司"),
                strings("SELECT enterprise_name FROM dir_customs_record WHERE uscc = ?", inGb18030));
        Map<StepCounter, Long> fromXml = counts(run, SyncSource.FOREX_DEREGISTRATIONS.sourceName());
        assertEquals(1L, fromXml.get(StepCounter.INSERTED));
        assertEquals((long) deregistrations.size(), fromXml.get(StepCounter.UNCHANGED));
        assertEquals(0L, fromXml.get(StepCounter.REJECTED));
        assertEquals(List.of("XML 示例 & 注销有限公司|企业申请注销 <外汇登记>|2025-11-30"),
                strings("SELECT enterprise_name || '|' || reason || '|' || deregistered_on FROM dir_forex_dereg WHERE uscc = ?", inXml));
    }

    @Test
    void aMissingOrEmptyFileFailsTheRunWithItsReasonAndChangesNothing() throws Exception {
        List<Map<String, String>> table = current(DirectoryLayout.REGISTRY_RECORDS);
        Path absent = folder.resolve("absent.csv");
        ExecutionState missing = run(Map.of("source." + REGISTRY, absent.toString()));
        assertFailed(missing, "来源 " + REGISTRY + " 的文件不存在：");

        write(DirectoryLayout.REGISTRY_RECORDS, "", StandardCharsets.UTF_8);
        assertFailed(run(Map.of()), "是空文件");

        write(DirectoryLayout.REGISTRY_RECORDS, "uscc,enterprise_name,status_code\n", StandardCharsets.UTF_8);
        assertFailed(run(Map.of()), "没有数据行");

        write(DirectoryLayout.REGISTRY_RECORDS, "uscc,name\n91110108MA01ABCD5T,北京海淀示例进出口贸易有限公司\n", StandardCharsets.UTF_8);
        assertFailed(run(Map.of()), "缺少必需的列：enterprise_name、status_code");

        assertEquals(table, current(DirectoryLayout.REGISTRY_RECORDS), "nothing changed");
    }

    /**
     * URL sources against upstream on Payara Micro, which serves the samples (together the shipped
     * data): the 8 code tables (about 14,000 rows, all unchanged: the run's duration is logged as the
     * figure of a nightly default run) and a directory. A missing file and an unreachable server fail
     * the run with their reason.
     */
    @Test
    void urlSourcesAreDownloadedAndAnUnreachableOneFailsTheRun() throws Exception {
        List<Map<String, String>> deregistrations = tableAsItIs(DirectoryLayout.FOREX_DEREGISTRATIONS);
        Map<String, String> parameters = new LinkedHashMap<>();
        List<SyncSource> codeTables = Stream.of(SyncSource.values()).takeWhile(s -> s != SyncSource.REGISTRY_RECORDS).toList();
        for (SyncSource source : codeTables) {
            parameters.put("source." + source.sourceName(), served(source));
        }
        parameters.put("source." + SyncSource.FOREX_DEREGISTRATIONS.sourceName(), served(SyncSource.FOREX_DEREGISTRATIONS));

        ExecutionState run = run(parameters);
        assertEquals("COMPLETED", run.batchStatus(), run.exitStatus());
        long rows = 0;
        for (SyncSource source : codeTables) {
            Map<StepCounter, Long> load = counts(run, source.sourceName());
            assertTrue(load.get(StepCounter.TOTAL) > 0, source.sourceName());
            assertEquals(load.get(StepCounter.TOTAL), load.get(StepCounter.UNCHANGED), source.sourceName() + ": the shipped table");
            assertEquals(0L, load.get(StepCounter.REJECTED), source.sourceName());
            assertEquals(0L, counts(run, source.sourceName() + "-retire").get(StepCounter.RETIRED), source.sourceName());
            rows += load.get(StepCounter.TOTAL);
        }
        long took = Duration.between(run.started(), run.ended()).toMillis();
        long codeRows = rows;
        LOG.info(() -> "code-table-sync of the 8 shipped code tables by URL: " + codeRows + " rows in " + took + " ms");
        assertTrue(rows > 13_000, "the shipped code tables: " + rows);
        Map<StepCounter, Long> directory = counts(run, SyncSource.FOREX_DEREGISTRATIONS.sourceName());
        assertEquals(1L, directory.get(StepCounter.READ), "the sample lists ent-forex-dereg");
        assertEquals(0L, directory.get(StepCounter.REJECTED));
        assertEquals(Collections.singletonList((LocalDate) null), retiredOn(DirectoryLayout.FOREX_DEREGISTRATIONS, "91330106MA2H8KQE4M"));
        assertEquals(deregistrations.size() - 1L, counts(run, SyncSource.FOREX_DEREGISTRATIONS.sourceName() + "-retire")
                .get(StepCounter.RETIRED), "what the sample does not list (the restore brings it back)");

        assertEquals(Map.of(), counts(run, REGISTRY), "a source not configured is skipped");
        assertEquals(Map.of(), counts(run, REGISTRY + "-retire"), "and its retire step too");

        ExecutionState notThere = run(Map.of("source." + REGISTRY, Upstream.baseUrl() + "/files/no-such-registry.csv"));
        assertFailed(notThere, "的文件不存在：" + Upstream.baseUrl() + "/files/no-such-registry.csv");

        URI upstream = URI.create(Upstream.baseUrl());
        String unreachable = "http://127.0.0.1:" + (upstream.getPort() + 7) + "/upstream/files/registry-records.csv";
        ExecutionState down = run(Map.of("source." + REGISTRY, unreachable));
        assertFailed(down, "来源 " + REGISTRY + " 无法读取：无法下载 " + unreachable);
        assertTrue(down.exitStatus().contains("共尝试 3 次"), down.exitStatus());
    }

    private void assertFailed(ExecutionState run, String reason) throws Exception {
        assertEquals("FAILED", run.batchStatus());
        assertNotEquals(null, run.exitStatus());
        assertTrue(run.exitStatus().contains(reason), "exit status: " + run.exitStatus());
        assertEquals(0L, counts(run, REGISTRY).getOrDefault(StepCounter.READ, 0L));
        assertNull(counts(run, REGISTRY + "-retire").get(StepCounter.RETIRED), "the retire step is not reached");
    }

    private static String served(SyncSource source) {
        return Upstream.baseUrl() + "/files/" + source.sourceName() + ".csv";
    }

    private ExecutionState run(Map<String, String> parameters) {
        return runs.run(parameters);
    }

    private Map<StepCounter, Long> counts(ExecutionState run, String step) throws Exception {
        return runs.counts(run, step);
    }

    private List<Reject> rejects(ExecutionState run) throws Exception {
        return operator.attempt(() -> records.rejects(run.instanceId(), 0, 50)).get().stream()
                .sorted(Comparator.comparing(Reject::line)).toList();
    }

    private void write(DirectoryLayout layout, String content, Charset charset) throws IOException {
        Files.writeString(folder.resolve(SyncSource.valueOf(layout.name()).sourceName() + ".csv"), content, charset);
    }

    /** The table's current rows, remembered for the restore after the test. */
    private List<Map<String, String>> tableAsItIs(DirectoryLayout layout) throws Exception {
        List<Map<String, String>> rows = current(layout);
        before.putIfAbsent(layout, rows);
        return rows;
    }

    /** The current (not retired) rows of a directory table, as a file lists them. */
    private List<Map<String, String>> current(DirectoryLayout layout) throws Exception {
        List<String> columns = fields(layout);
        List<Map<String, String>> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT " + String.join(", ", columns) + " FROM "
                     + layout.table() + " WHERE retired_on IS NULL ORDER BY id");
             ResultSet result = select.executeQuery()) {
            while (result.next()) {
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < columns.size(); i++) {
                    row.put(columns.get(i), text(result.getObject(i + 1)));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Date day) {
            return day.toLocalDate().toString();
        }
        if (value instanceof BigDecimal amount) {
            return amount.stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }

    private static List<String> fields(DirectoryLayout layout) {
        List<String> fields = new ArrayList<>(List.of(DirectoryLayout.USCC));
        layout.columns().forEach(c -> fields.add(c.name()));
        return fields;
    }

    private static List<String> keys(DirectoryLayout layout, List<Map<String, String>> rows) {
        return rows.stream().map(r -> layout == DirectoryLayout.PENDING_FILINGS
                ? r.get("uscc") + "|" + r.get("filing_system") + "|" + r.get("filing_kind") : r.get("uscc")).sorted().toList();
    }

    private static Map<String, String> row(DirectoryLayout layout, String uscc) {
        Map<String, String> row = new LinkedHashMap<>();
        fields(layout).forEach(f -> row.put(f, ""));
        row.put(DirectoryLayout.USCC, uscc);
        return row;
    }

    private static Map<String, String> registryRow(String uscc, String name) {
        Map<String, String> row = row(DirectoryLayout.REGISTRY_RECORDS, uscc);
        row.put("enterprise_name", name);
        row.put("legal_person_name", "赵测试");
        row.put("legal_person_type", "1");
        row.put("enterprise_type", "6");
        row.put("status_code", "1");
        row.put("registered_capital", "100");
        row.put("capital_unit", "WAN_YUAN");
        row.put("address", "北京市海淀区示例路1号, 测试楼\"A\"座");
        row.put("registration_authority", "110108");
        row.put("established_on", "2019-01-02");
        return row;
    }

    private static Map<String, String> pendingRow(String uscc, String system, String kind, String since) {
        Map<String, String> row = row(DirectoryLayout.PENDING_FILINGS, uscc);
        row.put("filing_system", system);
        row.put("filing_kind", kind);
        row.put("pending_since", since);
        return row;
    }

    @SafeVarargs
    private static List<Map<String, String>> plus(List<Map<String, String>> table, Map<String, String>... rows) {
        List<Map<String, String>> all = new ArrayList<>(table);
        all.addAll(List.of(rows));
        return all;
    }

    private static String csv(DirectoryLayout layout, List<Map<String, String>> rows) {
        StringBuilder csv = new StringBuilder(String.join(",", fields(layout))).append('\n');
        for (Map<String, String> row : rows) {
            csv.append(row.values().stream().map(CodeTableDirectorySyncIT::quoted).collect(Collectors.joining(","))).append('\n');
        }
        return csv.toString();
    }

    private static String quoted(String value) {
        return value.contains(",") || value.contains("\"") || value.contains("\n")
                ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    private static String xml(List<Map<String, String>> rows) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<forex-deregistrations>\n");
        for (Map<String, String> row : rows) {
            xml.append("  <record>");
            row.forEach((field, value) -> xml.append('<').append(field).append('>').append(escaped(value))
                    .append("</").append(field).append('>'));
            xml.append("</record>\n");
        }
        return xml.append("</forex-deregistrations>\n").toString();
    }

    private static String escaped(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private List<LocalDate> retiredOn(DirectoryLayout layout, String uscc) throws Exception {
        List<LocalDate> days = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT retired_on FROM " + layout.table() + " WHERE uscc = ?")) {
            select.setString(1, uscc);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Date day = rows.getDate(1);
                    days.add(day == null ? null : day.toLocalDate());
                }
            }
        }
        return days;
    }

    private List<String> strings(String sql, String argument) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, argument);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
        }
        return values;
    }
}
