package cn.eport.onboarding.audit;

import cn.eport.onboarding.persistence.SqlDialect;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Refused access is audited once per user, target and minute: the key, and the unique index on H2. */
class AccessRefusalsTest {

    private static final Instant NOON = Instant.parse("2026-11-30T04:00:00Z");

    @Test
    void oneKeyPerUserTargetAndMinute() {
        String key = AccessRefusals.dedupKey("ent-b", "ENTERPRISE_REGISTRATION 50", NOON);
        assertEquals(64, key.length());
        assertEquals(key, AccessRefusals.dedupKey("ent-b", "ENTERPRISE_REGISTRATION 50", NOON.plusSeconds(59)), "the same minute");
        assertNotEquals(key, AccessRefusals.dedupKey("ent-b", "ENTERPRISE_REGISTRATION 50", NOON.plusSeconds(60)), "the next minute");
        assertNotEquals(key, AccessRefusals.dedupKey("ent-b", "ENTERPRISE_REGISTRATION 50", NOON.minusMillis(1)), "the minute before");
        assertNotEquals(key, AccessRefusals.dedupKey("ent-a", "ENTERPRISE_REGISTRATION 50", NOON), "another user");
        assertNotEquals(key, AccessRefusals.dedupKey("ent-b", "LEGAL_PERSON_CARD 50", NOON), "another kind");
        assertNotEquals(key, AccessRefusals.dedupKey("ent-b", "ENTERPRISE_REGISTRATION 51", NOON), "another id");
    }

    /** The migration's unique key stores one entry per key and any number of entries without one (every other entry). */
    @Test
    void theDatabaseStoresOneEntryPerKey() throws SQLException {
        String url = "jdbc:h2:mem:access-refusals;DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration")
                .placeholders(SqlDialect.H2.placeholders()).load().migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            insert(c, 1, null);
            insert(c, 2, null);
            insert(c, 3, "a".repeat(64));
            assertThrows(SQLException.class, () -> insert(c, 4, "a".repeat(64)));
            insert(c, 5, "b".repeat(64));
            try (Statement s = c.createStatement(); var rows = s.executeQuery("SELECT COUNT(*) FROM audit_event")) {
                rows.next();
                assertEquals(4, rows.getInt(1));
            }
            try (Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            }
        }
    }

    private static void insert(Connection c, long id, String key) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO audit_event (id, version, occurred_at, actor, action,"
                + " subject_type, subject_id, detail, dedup_key) VALUES (?, 0, CURRENT_TIMESTAMP, 'ent-b', 'ACCESS_REFUSED',"
                + " 'ENTERPRISE_REGISTRATION', '50', 'NOT_FOUND', ?)")) {
            s.setLong(1, id);
            s.setString(2, key);
            s.executeUpdate();
        }
    }
}
