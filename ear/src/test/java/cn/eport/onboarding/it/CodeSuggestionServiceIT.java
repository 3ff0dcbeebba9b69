package cn.eport.onboarding.it;

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
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
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
        assertEquals(List.of("201", "208", "210", "213", "227", "233"), codes(CodeTable.ID_TYPE, ""));
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
                List<String> expected = List.of(prefix + "01", prefix + "05", prefix + "06");
                assertEquals(expected, codes(CodeTable.MOFCOM_AUTHORITY, prefix.toLowerCase(Locale.ROOT)));
                assertEquals(expected, codes(CodeTable.MOFCOM_AUTHORITY, "测试" + prefix));
            } finally {
                try (PreparedStatement delete = c.prepareStatement("DELETE FROM code_entry WHERE code LIKE ?")) {
                    delete.setString(1, prefix + "%");
                    assertEquals(rows.length, delete.executeUpdate());
                }
            }
        }
    }
}
