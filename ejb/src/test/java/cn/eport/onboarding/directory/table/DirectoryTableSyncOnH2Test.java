package cn.eport.onboarding.directory.table;

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
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The sync's change detection on a directory table (H2): inserted, updated, unchanged, retired, back again. */
class DirectoryTableSyncOnH2Test {

    private static final String URL = "jdbc:h2:mem:directorysync;DB_CLOSE_DELAY=-1";
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
    private static final Instant NOW = Instant.parse("2026-12-05T01:00:00Z");
    private static final String A = "91110108MA01ABCD5T";
    private static final String B = "91310115MA1K4XYW7G";
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

    private static DirectoryRow registry(String uscc, String name, String capital) {
        return DirectoryLayout.REGISTRY_RECORDS.check(Map.of("uscc", uscc, "enterprise_name", name, "status_code", "1",
                "registered_capital", capital, "established_on", "2015-06-01")::get, TODAY).value();
    }

    @Test
    void countsApartAndRetiresWhatTheSnapshotLacks() throws SQLException {
        DirectoryTableSync sync = new DirectoryTableSync(DirectoryLayout.REGISTRY_RECORDS);
        assertEquals(new DirectoryTableSync.Counts(2, 0, 0),
                sync.upsert(connection, SqlDialect.H2, List.of(registry(A, "甲", "500"), registry(B, "乙", "10.5")), NOW));
        assertEquals(new DirectoryTableSync.Counts(0, 1, 1), sync.upsert(connection, SqlDialect.H2,
                List.of(registry(A, "甲", "500.000"), registry(B, "乙公司", "10.5")), NOW), "500.000 is the amount 500");

        assertEquals(1, sync.retire(connection, TODAY, "{key} <> ?", A));
        assertNotNull(retiredOn(B));
        assertNull(retiredOn(A));
        assertEquals(0, sync.retire(connection, TODAY, "{key} <> ?", A), "retiring twice changes nothing");

        assertEquals(new DirectoryTableSync.Counts(0, 1, 0), sync.upsert(connection, SqlDialect.H2,
                List.of(registry(B, "乙公司", "10.5")), NOW), "a retired row listed again is current again");
        assertNull(retiredOn(B));
    }

    private static Object retiredOn(String uscc) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT retired_on FROM dir_registry_record WHERE uscc = ?")) {
            statement.setString(1, uscc);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getObject(1);
            }
        }
    }
}
