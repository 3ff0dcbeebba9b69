package cn.eport.onboarding.it;

import cn.eport.onboarding.codetable.CodeEntryWriter;
import cn.eport.onboarding.codetable.CodeSuggester;
import cn.eport.onboarding.codetable.CodeSuggestion;
import cn.eport.onboarding.codetable.CodeSuggestionService;
import cn.eport.onboarding.codetable.CodeTable;
import cn.eport.onboarding.persistence.DatabaseMigrator;
import cn.eport.onboarding.time.BusinessCalendar;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Code suggestion (F-13, F-23, F-32, F-43) on the initial data in PostgreSQL, in the real server. */
@ExtendWith(ArquillianExtension.class)
class CodeSuggestionServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(CodeSuggestionServiceIT.class);
    }

    @Inject
    private CodeSuggestionService suggestions;

    @Resource(lookup = DatabaseMigrator.DATASOURCE)
    private DataSource dataSource;

    private List<String> codes(CodeTable table, String text) {
        return suggestions.suggest(table, text).stream().map(CodeSuggestion::code).toList();
    }

    /** Each field's threshold: one character less gives nothing, the threshold itself gives codes. */
    @Test
    void everyTableAnswersFromItsThresholdOn() {
        String[][] cases = {
                {"BUSINESS_REGISTRATION_AUTHORITY", "1", "11"},
                {"QUALITY_SUPERVISION_AUTHORITY", "", "1"},
                {"TAX_AUTHORITY", "137", "1370"},
                {"MOFCOM_AUTHORITY", "", "4"},
                {"CUSTOMS_DISTRICT", "0", "02"},
                {"FOREX_BUREAU", "3", "37"}};
        for (String[] c : cases) {
            CodeTable table = CodeTable.valueOf(c[0]);
            assertEquals(List.of(), suggestions.suggest(table, c[1]), table + " below threshold");
            assertEquals(List.of(), suggestions.suggest(table, " " + c[1] + "  "), table + " blanks do not count");
            List<String> found = codes(table, c[2]);
            assertFalse(found.isEmpty(), table + " at threshold");
            assertTrue(found.stream().allMatch(code -> code.startsWith(c[2])), table + ": " + found);
        }
    }

    @Test
    void codesStartingWithTheTextInCodeOrderWithTheirNames() {
        List<CodeSuggestion> found = suggestions.suggest(CodeTable.CUSTOMS_DISTRICT, "02");
        assertEquals(List.of("0200", "0201", "0202", "0203", "0204", "0205", "0206", "0207"),
                found.stream().map(CodeSuggestion::code).toList());
        assertEquals(new CodeSuggestion("0200", "天津关区"), found.get(0));
        assertEquals(List.of("2200", "2201", "2244", "2248", "2249"), codes(CodeTable.CUSTOMS_DISTRICT, " 22 "));
        assertEquals(List.of("WAN_YUAN"), codes(CodeTable.CAPITAL_UNIT, "wan"));
    }

    @Test
    void chineseTextFindsTheNamesThatContainIt() {
        assertEquals(List.of(new CodeSuggestion("0200", "天津关区"), new CodeSuggestion("0201", "天津海关")),
                suggestions.suggest(CodeTable.CUSTOMS_DISTRICT, "天津"));
        assertEquals(List.of("110108"), codes(CodeTable.BUSINESS_REGISTRATION_AUTHORITY, "海淀"));
        assertEquals(List.of("2248", "2249"), codes(CodeTable.CUSTOMS_DISTRICT, "洋山"));
    }

    @Test
    void atMostTwentyTheFirstByCode() {
        List<String> tax = codes(CodeTable.TAX_AUTHORITY, "1370");
        assertEquals(20, tax.size());
        assertEquals("13700000000", tax.get(0));
        assertEquals(tax.stream().sorted().toList(), tax);
        List<String> byName = codes(CodeTable.MOFCOM_AUTHORITY, "商务局");
        assertEquals(20, byName.size());
        assertEquals(List.of("110000", "110101"), byName.subList(0, 2));
        assertEquals(List.of("201", "208", "210", "213", "227", "233", "237", "238"), codes(CodeTable.ID_TYPE, ""));
    }

    /**
     * The name search reads one gram's entries (code_name_gram) instead of every name: for every table
     * and many kinds of text it answers exactly as a LIKE over every name of the table does.
     */
    @Test
    void theGramLookupAnswersExactlyAsAScanOfEveryName() throws SQLException {
        String prefix = "ZG" + Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
        String[][] rows = {{"01", "测试满100%折扣局"}, {"02", "测试满1000折扣局"}, {"03", "测试甲_乙局"}, {"04", "测试甲丙乙局"},
                {"05", "测试𬇙水局"}, {"06", "测试 空格局"}};
        List<String> texts = List.of(
                "局", "市", "区", "桥", "京", "𬇙", "无", "%", "_",                         // 1 character
                "海关", "天津", "商务", "海淀", "监督", "税务", "无此", "0%", "甲_", "𬇙水", // 2 characters
                "商务局", "市场监督管理局", "海淀区", "国家税务总局", "北京市东城区", "无此地名", "满100%折", "甲_乙",
                "1000折", "试 空", "测试" + prefix.substring(0, 2));                     // 3+ characters
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement insert = c.prepareStatement("""
                    INSERT INTO code_entry (id, version, table_name, code, name_zh, active, valid_from, valid_to)
                    VALUES (nextval('code_entry_seq'), 1, 'MOFCOM_AUTHORITY', ?, ?, TRUE, DATE '2020-01-01', NULL)""")) {
                for (String[] row : rows) {
                    insert.setString(1, prefix + row[0]);
                    insert.setString(2, row[1]);
                    insert.executeUpdate();
                    CodeEntryWriter.replaceGrams(c, CodeTable.MOFCOM_AUTHORITY, prefix + row[0], row[1]);
                }
            }
            try {
                LocalDate today = BusinessCalendar.today(Clock.systemUTC());
                int compared = 0;
                int full = 0;
                for (CodeTable table : CodeTable.values()) {
                    for (String text : texts) {
                        if (CodeSuggester.lookupFor(table, text) instanceof CodeSuggester.NameLookup lookup) {
                            List<CodeSuggestion> found = suggestions.suggest(table, text);
                            assertEquals(scan(c, table, lookup.pattern(), today), found, table + " '" + text + "'");
                            compared++;
                            full += found.size() == CodeSuggester.MAX_SUGGESTIONS ? 1 : 0;
                        }
                    }
                }
                assertTrue(compared > 200 && full > 10, compared + " comparisons, " + full + " full answers");
                assertEquals(List.of(prefix + "01"), codes(CodeTable.MOFCOM_AUTHORITY, "满100%折"), "% is no wildcard");
                assertEquals(List.of(prefix + "01"), codes(CodeTable.MOFCOM_AUTHORITY, "0%"));
                assertEquals(List.of(prefix + "03"), codes(CodeTable.MOFCOM_AUTHORITY, "甲_乙"), "_ is no wildcard");
                assertEquals(List.of(prefix + "03"), codes(CodeTable.MOFCOM_AUTHORITY, "甲_"));
                assertEquals(List.of(prefix + "05"), codes(CodeTable.MOFCOM_AUTHORITY, "𬇙"), "a character outside the BMP");
                assertEquals(List.of(prefix + "06"), codes(CodeTable.MOFCOM_AUTHORITY, "试 空"));
                assertEquals(List.of(), codes(CodeTable.QUALITY_SUPERVISION_AUTHORITY, "无此地名"));
                assertEquals(List.of("110000", "110101"), codes(CodeTable.MOFCOM_AUTHORITY, "局").subList(0, 2));
            } finally {
                delete(c, prefix, rows.length);
            }
        }
    }

    private static List<CodeSuggestion> scan(Connection c, CodeTable table, String pattern, LocalDate day) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(CodeSuggester.BY_NAME_SCAN)) {
            statement.setString(1, table.name());
            statement.setString(2, pattern);
            statement.setBoolean(3, true);
            statement.setDate(4, Date.valueOf(day));
            statement.setDate(5, Date.valueOf(day));
            List<CodeSuggestion> found = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(new CodeSuggestion(rows.getString(1), rows.getString(2)));
                }
            }
            return found;
        }
    }

    /** Removes the test entries (codes starting with the prefix) and their grams. */
    private static void delete(Connection c, String prefix, int expected) throws SQLException {
        try (PreparedStatement grams = c.prepareStatement("DELETE FROM code_name_gram WHERE code LIKE ?");
             PreparedStatement entries = c.prepareStatement("DELETE FROM code_entry WHERE code LIKE ?")) {
            grams.setString(1, prefix + "%");
            grams.executeUpdate();
            entries.setString(1, prefix + "%");
            assertEquals(expected, entries.executeUpdate());
        }
    }

    @Test
    void onlyEntriesThatCountTodayAreSuggested() throws SQLException {
        String prefix = "ZT" + Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
        LocalDate today = BusinessCalendar.today(Clock.systemUTC());
        Object[][] rows = {
                {"01", "有效", true, today.minusDays(1), null},
                {"02", "停用", false, today.minusDays(1), null},
                {"03", "今日失效", true, today.minusYears(1), today},
                {"04", "明日生效", true, today.plusDays(1), null},
                {"05", "明日失效", true, today.minusYears(1), today.plusDays(1)},
                {"06", "今日生效", true, today, null}};
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement insert = c.prepareStatement("""
                    INSERT INTO code_entry (id, version, table_name, code, name_zh, active, valid_from, valid_to)
                    VALUES (nextval('code_entry_seq'), 1, 'MOFCOM_AUTHORITY', ?, ?, ?, ?, ?)""")) {
                for (Object[] row : rows) {
                    insert.setString(1, prefix + row[0]);
                    insert.setString(2, "测试" + prefix + row[1]);
                    insert.setBoolean(3, (Boolean) row[2]);
                    insert.setDate(4, Date.valueOf((LocalDate) row[3]));
                    insert.setDate(5, row[4] == null ? null : Date.valueOf((LocalDate) row[4]));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try {
                for (Object[] row : rows) {
                    CodeEntryWriter.replaceGrams(c, CodeTable.MOFCOM_AUTHORITY, prefix + row[0], "测试" + prefix + row[1]);
                }
                List<String> expected = List.of(prefix + "01", prefix + "05", prefix + "06");
                assertEquals(expected, codes(CodeTable.MOFCOM_AUTHORITY, prefix.toLowerCase(Locale.ROOT)));
                assertEquals(expected, codes(CodeTable.MOFCOM_AUTHORITY, "测试" + prefix));
            } finally {
                delete(c, prefix, rows.length);
            }
        }
    }
}
