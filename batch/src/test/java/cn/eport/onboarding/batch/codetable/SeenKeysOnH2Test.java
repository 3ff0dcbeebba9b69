package cn.eport.onboarding.batch.codetable;

import cn.eport.onboarding.persistence.SqlDialect;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The run's read keys on the migrated schema (H2): new keys recorded once, repeated ones answered with their first line. */
class SeenKeysOnH2Test {

    private static final String URL = "jdbc:h2:mem:seenkeys;DB_CLOSE_DELAY=-1";
    private static final String TABLE = "dir_registry_record";
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

    private static SyncItem item(long line, String key) {
        return new SyncItem(new SourceRecord(line, Map.of(), key, null), TABLE, key, key, List.of());
    }

    @Test
    void recordsNewKeysAndAnswersRepeatedOnesWithTheirFirstLine() throws SQLException {
        assertTrue(SeenKeys.addNew(connection, 7, TABLE, List.of(item(2, "A"), item(3, "B"))).isEmpty());
        assertEquals(Map.of("A", 2L), SeenKeys.addNew(connection, 7, TABLE, List.of(item(10, "A"), item(11, "C"))));
        assertEquals(Set.of("A", "B", "C"), SeenKeys.all(connection, 7, TABLE));
        assertTrue(SeenKeys.addNew(connection, 8, TABLE, List.of(item(2, "A"))).isEmpty(), "another run starts afresh");
        assertEquals(Set.of(TABLE), SeenKeys.tables(connection, 8));
    }

    @Test
    void statisticsRefreshIsAcceptedByTheDatabase() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(SqlDialect.H2.refreshStatisticsSql("batch_sync_seen").orElseThrow());
        }
    }
}
