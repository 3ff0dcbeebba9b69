package cn.eport.onboarding.review.dashboard;

import cn.eport.onboarding.persistence.DatabaseMigrator;
import cn.eport.onboarding.persistence.SqlDialect;
import cn.eport.onboarding.workflow.ApplicationKind;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The dashboard's statements on H2 with the product's migrations (V26 included): they run, and count
 * what they should, over a kind with rows and five without. The same figures on PostgreSQL, with the
 * review queue they open, are ReviewDashboardIT's.
 */
class DashboardSqlOnH2Test {

    private static final String URL = "jdbc:h2:mem:dashboard;DB_CLOSE_DELAY=-1";
    private static final List<KindTable> TABLES = List.of(
            new KindTable(ApplicationKind.ENTERPRISE_REGISTRATION, "enterprise_registration"),
            new KindTable(ApplicationKind.LEGAL_PERSON_CARD, "legal_person_card"),
            new KindTable(ApplicationKind.MOFCOM_FILING, "mofcom_filing"),
            new KindTable(ApplicationKind.CUSTOMS_FILING, "customs_filing"),
            new KindTable(ApplicationKind.FOREX_FILING, "forex_filing"),
            new KindTable(ApplicationKind.OPERATOR, "enterprise_operator"));
    private static final Instant NOW = Instant.parse("2026-12-06T04:00:00Z");

    @BeforeAll
    static void migrateAndSeed() throws SQLException {
        DatabaseMigrator.configured(Flyway.configure().dataSource(URL, "sa", ""), SqlDialect.H2).load().migrate();
        try (Connection c = connection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO enterprise (id, version, uscc, name, legal_person, created_at)"
                    + " VALUES (1, 1, '91110108MA01ABCD5T', '示例', '张伟', CURRENT_TIMESTAMP)");
        }
        registration(1, "DECLARED", "0100", Instant.parse("2026-11-20T01:00:00Z"));
        registration(2, "DECLARED", null, Instant.parse("2026-12-05T01:00:00Z"));
        registration(3, "UNDER_REVIEW", "0100", Instant.parse("2026-11-10T01:00:00Z"));
        registration(4, "APPROVED", "0100", Instant.parse("2026-11-01T01:00:00Z"));
        registration(5, "DRAFT", "0200", null);
        // Beijing 2026-12-05 23:59 and 2026-12-06 00:01; a return; an automatic approval; one older than 30 days
        transition(1, "APPROVE", "reviewer", Instant.parse("2026-12-05T15:59:00Z"));
        transition(2, "APPROVE", "reviewer", Instant.parse("2026-12-05T16:01:00Z"));
        transition(3, "RETURN", "reviewer", Instant.parse("2026-12-05T16:30:00Z"));
        transition(4, "APPROVE", "(system)", Instant.parse("2026-11-07T00:00:00Z"));
        transition(5, "APPROVE", "reviewer", Instant.parse("2026-11-06T15:59:59Z"));
        transition(6, "CLAIM", "reviewer", Instant.parse("2026-12-06T01:00:00Z"));
    }

    private static Connection connection() throws SQLException {
        return DriverManager.getConnection(URL, "sa", "");
    }

    private static void registration(long id, String status, String district, Instant declaredAt) throws SQLException {
        insert("INSERT INTO enterprise_registration (id, version, enterprise_uscc, enterprise_name, legal_person, status,"
                        + " creation_token, created_at, updated_at, customs_district_code, declared_at)"
                        + " VALUES (?, 1, '91110108MA01ABCD5T', '示例', '张伟', ?, ?, ?, ?, ?, ?)",
                id, status, "token-" + id, Timestamp.from(NOW.minusSeconds(86_400 * 60)), Timestamp.from(NOW), district,
                declaredAt == null ? null : Timestamp.from(declaredAt));
    }

    private static void transition(long id, String action, String actor, Instant at) throws SQLException {
        insert("INSERT INTO status_transition (id, version, application_kind, application_id, enterprise_uscc, from_status,"
                        + " to_status, action, actor, occurred_at)"
                        + " VALUES (?, 1, 'ENTERPRISE_REGISTRATION', ?, '91110108MA01ABCD5T', 'UNDER_REVIEW', 'APPROVED', ?, ?, ?)",
                id, id, action, actor, Timestamp.from(at));
    }

    private static void insert(String sql, Object... values) throws SQLException {
        try (Connection c = connection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                if (values[i] == null) {
                    s.setNull(i + 1, java.sql.Types.VARCHAR);
                } else {
                    s.setObject(i + 1, values[i]);
                }
            }
            s.executeUpdate();
        }
    }

    /** Runs a statement written with numbered parameters (?1, ?2 … as EclipseLink takes them) through plain JDBC. */
    private static List<List<Object>> run(String sql, Map<Integer, Object> parameters) throws SQLException {
        Matcher numbered = Pattern.compile("\\?(\\d+)").matcher(sql);
        List<Object> inOrder = new ArrayList<>();
        while (numbered.find()) {
            inOrder.add(parameters.get(Integer.parseInt(numbered.group(1))));
        }
        List<List<Object>> rows = new ArrayList<>();
        try (Connection c = connection(); PreparedStatement s = c.prepareStatement(numbered.replaceAll("?"))) {
            for (int i = 0; i < inOrder.size(); i++) {
                s.setObject(i + 1, inOrder.get(i));
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        row.add(rs.getObject(i));
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    private static Map<String, Long> keyed(List<List<Object>> rows) {
        Map<String, Long> counts = new TreeMap<>();
        for (List<Object> row : rows) {
            StringBuilder key = new StringBuilder();
            for (int i = 0; i < row.size() - 1; i++) {
                key.append(i == 0 ? "" : "/").append(String.valueOf(row.get(i)).strip());
            }
            counts.put(key.toString(), ((Number) row.get(row.size() - 1)).longValue());
        }
        return counts;
    }

    @Test
    void backlogByKindCountsTheWaitingStatusesOfEveryTable() throws SQLException {
        assertEquals(Map.of("ENTERPRISE_REGISTRATION/DECLARED", 2L, "ENTERPRISE_REGISTRATION/UNDER_REVIEW", 1L),
                keyed(run(DashboardSql.backlogByKind(TABLES), Map.of())));
    }

    @Test
    void backlogByDistrictKeepsThoseWithoutADistrict() throws SQLException {
        Map<String, Long> expected = new HashMap<>(Map.of("0100/DECLARED", 1L, "0100/UNDER_REVIEW", 1L, "null/DECLARED", 1L));
        assertEquals(expected, keyed(run(DashboardSql.backlogByDistrict(TABLES), Map.of())));
    }

    @Test
    void theOldestWaitingOneIsTheEarliestDeclaredOfEveryTableAndStatus() throws SQLException {
        List<List<Object>> rows = run(DashboardSql.oldestWaiting(TABLES), Map.of());
        assertEquals(1, rows.size());
        assertEquals("ENTERPRISE_REGISTRATION", rows.get(0).get(0).toString().strip());
        assertEquals(3L, ((Number) rows.get(0).get(1)).longValue(), "in review since 11-10, older than the declared ones; the approved one does not wait");
    }

    @Test
    void overdueUsesEachTablesOwnCutOff() throws SQLException {
        Map<Integer, Object> cutOffs = new HashMap<>();
        for (int i = 1; i <= TABLES.size(); i++) {
            cutOffs.put(i, Timestamp.from(Instant.parse("2026-11-15T00:00:00Z")));
        }
        assertEquals(1L, keyed(run(DashboardSql.overdueByKind(TABLES), cutOffs)).get("ENTERPRISE_REGISTRATION"));
        cutOffs.put(1, Timestamp.from(Instant.parse("2026-11-25T00:00:00Z")));
        Map<String, Long> later = keyed(run(DashboardSql.overdueByKind(TABLES), cutOffs));
        assertEquals(2L, later.get("ENTERPRISE_REGISTRATION"));
        assertEquals(0L, later.get("OPERATOR"), "a row for every kind");
        assertEquals(6, later.size());
    }

    @Test
    void decisionsAreCountedPerBeijingDayAndCategory() throws SQLException {
        DecisionDays days = new DecisionDays(java.time.LocalDate.of(2026, 11, 7));
        Map<Integer, Object> parameters = new HashMap<>();
        List<Instant> starts = days.starts();
        for (int i = 0; i < starts.size(); i++) {
            parameters.put(i + 1, Timestamp.from(starts.get(i)));
        }
        parameters.put(starts.size() + 1, "(system)");
        Map<String, Long> counted = keyed(run(DashboardSql.decisionsPerDay(DecisionDays.DAYS), parameters));
        assertEquals(Map.of("28/" + DashboardSql.APPROVED, 1L, "29/" + DashboardSql.APPROVED, 1L, "29/" + DashboardSql.RETURNED, 1L,
                "0/" + DashboardSql.AUTOMATIC, 1L), counted, "11-06 23:59:59 Beijing is before the period; a claim is no decision");
    }

    @Test
    void aTableNameIsCheckedBeforeItIsWrittenIntoSql() {
        assertThrows(IllegalArgumentException.class, () -> new KindTable(ApplicationKind.OPERATOR, "x; DROP TABLE account"));
    }
}
