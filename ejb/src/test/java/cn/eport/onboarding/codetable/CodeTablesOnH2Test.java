package cn.eport.onboarding.codetable;

import cn.eport.onboarding.codetable.data.InitialCodeData;
import cn.eport.onboarding.persistence.SqlDialect;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The migrations, the initial load and the suggestion SQL on H2, the database of the embedded default
 * (the same version Payara bundles). PostgreSQL is covered by the integration tests in the ear module.
 */
class CodeTablesOnH2Test {

    private static final String URL = "jdbc:h2:mem:codetables;DB_CLOSE_DELAY=-1";
    private static final LocalDate LOADED_ON = LocalDate.of(2026, 11, 30);
    private static final LocalDate TODAY = LOADED_ON.plusDays(10);
    private static Connection connection;

    @BeforeAll
    static void migrateAndLoad() throws SQLException {
        Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration")
                .placeholders(SqlDialect.H2.placeholders()).load().migrate();
        connection = DriverManager.getConnection(URL, "sa", "");
        connection.setAutoCommit(false);
        InitialCodeData data = InitialCodeData.fromClasspath();
        CodeEntryWriter writer = new CodeEntryWriter(SqlDialect.H2);
        for (CodeTable table : CodeTable.values()) {
            writer.insert(connection, data.entries(table), LOADED_ON);
        }
        connection.commit();
    }

    @AfterAll
    static void close() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        }
        connection.close();
    }

    private static List<CodeSuggestion> suggest(CodeTable table, String text) throws SQLException {
        return CodeSuggester.suggest(connection, table, text, TODAY);
    }

    private static List<String> codes(List<CodeSuggestion> suggestions) {
        return suggestions.stream().map(CodeSuggestion::code).toList();
    }

    @Test
    void everyEntryIsLoadedWithIdsFromTheSequence() throws SQLException {
        Map<CodeTable, Long> counts = CodeEntryWriter.countByTable(connection);
        assertEquals(71L, counts.get(CodeTable.CUSTOMS_DISTRICT));
        assertEquals(3339L, counts.get(CodeTable.TAX_AUTHORITY));
        assertEquals(17_192L, counts.values().stream().mapToLong(Long::longValue).sum());
        try (Statement statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT MIN(id), MAX(id), COUNT(DISTINCT id) FROM code_entry")) {
            rows.next();
            assertEquals(1, rows.getLong(1), "the first block of 50 starts at 1, as EclipseLink's would");
            assertEquals(17_192, rows.getLong(3));
            assertTrue(rows.getLong(2) < 17_192 + 50 * CodeTable.values().length, "no gaps beyond one block per table");
        }
    }

    @Test
    void codesStartingWithTheTextInCodeOrder() throws SQLException {
        assertEquals(List.of(new CodeSuggestion("0200", "天津关区"), new CodeSuggestion("0201", "天津海关"),
                        new CodeSuggestion("0202", "新港海关"), new CodeSuggestion("0203", "津开发区海关"),
                        new CodeSuggestion("0204", "东港海关"), new CodeSuggestion("0205", "津机场海关"),
                        new CodeSuggestion("0206", "津保税区海关"), new CodeSuggestion("0207", "蓟县海关")),
                suggest(CodeTable.CUSTOMS_DISTRICT, "02"));
        assertEquals(List.of("WAN_YUAN"), codes(suggest(CodeTable.CAPITAL_UNIT, "wan_")));
        assertEquals(List.of(), suggest(CodeTable.CAPITAL_UNIT, "WAN%"), "a wildcard is just a character");
    }

    @Test
    void atMostTwentyAndTheFirstTwentyByCode() throws SQLException {
        List<String> codes = codes(suggest(CodeTable.TAX_AUTHORITY, "1370"));
        assertEquals(20, codes.size());
        assertEquals("13700000000", codes.get(0));
        assertEquals(codes.stream().sorted().toList(), codes);
        List<String> byName = codes(suggest(CodeTable.BUSINESS_REGISTRATION_AUTHORITY, "市场监督"));
        assertEquals(20, byName.size());
        assertEquals(List.of("110000", "110101", "110102"), byName.subList(0, 3));
    }

    @Test
    void chineseTextFindsNames() throws SQLException {
        assertEquals(List.of(new CodeSuggestion("0200", "天津关区"), new CodeSuggestion("0201", "天津海关")),
                suggest(CodeTable.CUSTOMS_DISTRICT, "天津"));
        assertEquals(List.of("110108"), codes(suggest(CodeTable.BUSINESS_REGISTRATION_AUTHORITY, "海淀区")));
    }

    @Test
    void shortTextFindsNothingButTheSmallListsListEverything() throws SQLException {
        assertEquals(List.of(), suggest(CodeTable.TAX_AUTHORITY, "137"));
        assertEquals(List.of(), suggest(CodeTable.CUSTOMS_DISTRICT, "0"));
        assertEquals(List.of("201", "208", "210", "213", "227", "233", "237", "238"), codes(suggest(CodeTable.ID_TYPE, "")));
    }

    @Test
    void onlyEntriesActiveOnTheDayAreSuggested() throws SQLException {
        List<Object[]> rows = List.of(
                new Object[]{"ZT01", "测试有效", true, TODAY.minusDays(1), null},
                new Object[]{"ZT02", "测试停用", false, TODAY.minusDays(1), null},
                new Object[]{"ZT03", "测试到期", true, TODAY.minusYears(1), TODAY},
                new Object[]{"ZT04", "测试未生效", true, TODAY.plusDays(1), null},
                new Object[]{"ZT05", "测试明日到期", true, TODAY.minusYears(1), TODAY.plusDays(1)},
                new Object[]{"ZT06", "测试今日生效", true, TODAY, null});
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO code_entry (id, version, table_name, code, name_zh, active, valid_from, valid_to)
                VALUES (NEXT VALUE FOR code_entry_seq, 1, 'MOFCOM_AUTHORITY', ?, ?, ?, ?, ?)""")) {
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    insert.setObject(i + 1, row[i]);
                }
                insert.addBatch();
            }
            insert.executeBatch();
            for (Object[] row : rows) {
                CodeEntryWriter.replaceGrams(connection, CodeTable.MOFCOM_AUTHORITY, (String) row[0], (String) row[1]);
            }
            assertEquals(List.of("ZT01", "ZT05", "ZT06"), codes(suggest(CodeTable.MOFCOM_AUTHORITY, "zt")));
            assertEquals(List.of("ZT01", "ZT05", "ZT06"), codes(suggest(CodeTable.MOFCOM_AUTHORITY, "测试")));
        } finally {
            connection.rollback();
        }
    }

    @Test
    void theGramLookupAnswersExactlyAsAScanOfEveryName() throws SQLException {
        List<String> texts = List.of("市", "局", "海", "𠀀", "天津", "监督", "商务局", "市场监督管理局", "海淀区", "东城区",
                "无此地名", "测", "%", "市%", "_局", "市_", "100%", "局 ", "北京市 东城");
        for (CodeTable table : CodeTable.values()) {
            for (String text : texts) {
                if (CodeSuggester.lookupFor(table, text) instanceof CodeSuggester.NameLookup lookup) {
                    assertEquals(scan(table, lookup.pattern()), suggest(table, text), table + " " + text);
                }
            }
        }
        assertEquals(20, suggest(CodeTable.MOFCOM_AUTHORITY, "局").size(), "the comparison covers full answers");
    }

    @Test
    void gramsCanBeRebuiltForATableWrittenWithoutThem() throws SQLException {
        try {
            assertFalse(CodeEntryWriter.lacksGrams(connection, CodeTable.CUSTOMS_DISTRICT));
            List<CodeSuggestion> before = suggest(CodeTable.CUSTOMS_DISTRICT, "海关");
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("DELETE FROM code_name_gram WHERE table_name = 'CUSTOMS_DISTRICT'");
            }
            assertTrue(CodeEntryWriter.lacksGrams(connection, CodeTable.CUSTOMS_DISTRICT));
            assertEquals(List.of(), suggest(CodeTable.CUSTOMS_DISTRICT, "海关"), "without grams the name search finds nothing");
            assertEquals(71, CodeEntryWriter.rebuildGrams(connection, CodeTable.CUSTOMS_DISTRICT));
            assertFalse(CodeEntryWriter.lacksGrams(connection, CodeTable.CUSTOMS_DISTRICT));
            assertEquals(20, before.size());
            assertEquals(before, suggest(CodeTable.CUSTOMS_DISTRICT, "海关"));
        } finally {
            connection.rollback();
        }
    }

    private static List<CodeSuggestion> scan(CodeTable table, String pattern) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(CodeSuggester.BY_NAME_SCAN)) {
            statement.setString(1, table.name());
            statement.setString(2, pattern);
            statement.setBoolean(3, true);
            statement.setDate(4, java.sql.Date.valueOf(TODAY));
            statement.setDate(5, java.sql.Date.valueOf(TODAY));
            List<CodeSuggestion> found = new ArrayList<>();
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(new CodeSuggestion(rows.getString(1), rows.getString(2)));
                }
            }
            return found;
        }
    }

    @Test
    void theSchemaRefusesUnknownTablesDuplicatesAndBackwardValidity() throws SQLException {
        String fine = "'ID_TYPE', 'X0', DATE '2026-01-01', DATE '2026-01-02'";
        List<String> bad = List.of("'NO_SUCH_TABLE', 'X1', DATE '2026-01-01', NULL",
                "'CUSTOMS_DISTRICT', '0100', DATE '2026-01-01', NULL",
                "'ID_TYPE', 'X2', DATE '2026-01-01', DATE '2026-01-01'");
        List<String> refused = new ArrayList<>();
        for (String values : concat(fine, bad)) {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("INSERT INTO code_entry (id, version, table_name, code, name_zh, active, valid_from, valid_to)"
                        + " SELECT NEXT VALUE FOR code_entry_seq, 1, t, c, 'x', TRUE, f, v FROM (VALUES (" + values + ")) AS r(t, c, f, v)");
            } catch (SQLException e) {
                refused.add(values);
            } finally {
                connection.rollback();
            }
        }
        assertEquals(bad, refused);
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(rest);
        return all;
    }

    @Test
    void theTableNameConstraintListsEveryCodeTable() throws SQLException {
        try (Statement statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT CHECK_CLAUSE FROM INFORMATION_SCHEMA.CHECK_CONSTRAINTS"
                     + " WHERE CONSTRAINT_NAME = 'CK_CODE_ENTRY_TABLE'")) {
            rows.next();
            String clause = rows.getString(1);
            assertEquals(List.of(), Arrays.stream(CodeTable.values()).map(Enum::name)
                    .filter(name -> !clause.contains("'" + name + "'")).collect(Collectors.toList()));
        }
        assertThrows(IllegalArgumentException.class, () -> CodeTable.valueOf("NO_SUCH_TABLE"));
    }
}
