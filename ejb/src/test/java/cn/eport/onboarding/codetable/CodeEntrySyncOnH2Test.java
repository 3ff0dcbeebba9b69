package cn.eport.onboarding.codetable;

import cn.eport.onboarding.persistence.SqlDialect;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sync's change detection on code_entry (H2): inserted, updated, unchanged, retired, re-activated. */
class CodeEntrySyncOnH2Test {

    private static final String URL = "jdbc:h2:mem:codeentrysync;DB_CLOSE_DELAY=-1";
    private static final LocalDate DAY_ONE = LocalDate.of(2026, 12, 1);
    private static final LocalDate DAY_TWO = DAY_ONE.plusDays(1);
    private static Connection connection;

    @BeforeAll
    static void migrate() throws SQLException {
        Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration")
                .placeholders(SqlDialect.H2.placeholders()).load().migrate();
        connection = DriverManager.getConnection(URL, "sa", "");
    }

    @AfterAll
    static void close() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        }
        connection.close();
    }

    private static NewCodeEntry entry(String code, String name) {
        return NewCodeEntry.of(CodeTable.FOREX_BUREAU, code, name);
    }

    @Test
    void countsApartRetiresAndBringsBack() throws SQLException {
        CodeEntrySync sync = new CodeEntrySync(SqlDialect.H2);
        assertEquals(new CodeEntrySync.Counts(3, 0, 0), sync.upsert(connection,
                List.of(entry("110000", "北京分局"), entry("120000", "天津分局"), entry("130000", "河北省分局")), DAY_ONE));
        assertEquals(new CodeEntrySync.Counts(0, 1, 1), sync.upsert(connection,
                List.of(entry("110000", "国家外汇管理局北京市分局"), entry("120000", "天津分局")), DAY_TWO));
        assertTrue(grams("110000").contains("北京"));
        assertFalse(grams("110000").contains("京分"), "old grams replaced");

        // retired on day two: 130000 valid until then; an entry valid only from day two is just inactive
        sync.upsert(connection, List.of(entry("140000", "山西省分局")), DAY_TWO);
        assertEquals(2, CodeEntrySync.retire(connection, CodeTable.FOREX_BUREAU, Set.of("110000", "120000"), DAY_TWO));
        assertFalse(active("130000"));
        assertEquals(DAY_TWO, validTo("130000"));
        assertFalse(active("140000"));
        assertNull(validTo("140000"));
        assertEquals(0, CodeEntrySync.retire(connection, CodeTable.FOREX_BUREAU, Set.of("110000", "120000"), DAY_TWO),
                "retiring twice changes nothing");

        assertEquals(new CodeEntrySync.Counts(0, 1, 0), sync.upsert(connection, List.of(entry("130000", "河北省分局")), DAY_TWO));
        assertTrue(active("130000"));
        assertNull(validTo("130000"));
    }

    private static boolean active(String code) throws SQLException {
        return (Boolean) value("SELECT active FROM code_entry WHERE table_name = 'FOREX_BUREAU' AND code = ?", code);
    }

    private static LocalDate validTo(String code) throws SQLException {
        java.sql.Date day = (java.sql.Date) value("SELECT valid_to FROM code_entry WHERE table_name = 'FOREX_BUREAU' AND code = ?", code);
        return day == null ? null : day.toLocalDate();
    }

    private static String grams(String code) throws SQLException {
        return String.valueOf(value("SELECT LISTAGG(gram, ',') FROM code_name_gram WHERE table_name = 'FOREX_BUREAU' AND code = ?", code));
    }

    private static Object value(String sql, String code) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, code);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getObject(1);
            }
        }
    }
}
