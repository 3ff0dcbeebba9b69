package cn.eport.onboarding.review.dashboard;

import cn.eport.onboarding.workflow.ApplicationStatus;
import cn.eport.onboarding.workflow.WorkflowAction;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The SQL of the dashboard's figures, one statement each: a figure over every kind is one UNION ALL
 * of a branch per kind's table (the tables share the column names {@code status},
 * {@code declared_at}, {@code customs_district_code}, {@code created_at}). Portable to H2, PostgreSQL
 * and Oracle (12c and later: {@code FETCH FIRST}). Kind and status names are the enums' own
 * constants; every value that varies (instants, the system's actor name) is a bound parameter.
 * Public for the EXPLAIN of the statements in ReviewDashboardIT (bench/README.md).
 */
public final class DashboardSql {

    private static final List<ApplicationStatus> WAITING = List.of(ApplicationStatus.DECLARED, ApplicationStatus.UNDER_REVIEW);
    private static final String WAITING_IN = WAITING.stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(", "));

    /** Decision categories of {@link #decisionsPerDay}. */
    public static final String APPROVED = "A";
    public static final String RETURNED = "R";
    public static final String AUTOMATIC = "S";

    private DashboardSql() {
    }

    /** Rows (kind, status, count); reads each table's (status, declared_at) index. */
    public static String backlogByKind(List<KindTable> tables) {
        return unionAll(tables.stream().map(t -> "SELECT '" + t.kind().name() + "' AS kind, status, COUNT(*) AS n FROM "
                + t.table() + " WHERE status IN (" + WAITING_IN + ") GROUP BY status").toList());
    }

    /** Rows (kind, count, earliest declared_at or null) of the waiting applications; each table's (status, declared_at) index. */
    public static String waitingByKind(List<KindTable> tables) {
        return unionAll(tables.stream().map(t -> "SELECT '" + t.kind().name() + "' AS kind, COUNT(*) AS n, MIN(declared_at) AS oldest FROM "
                + t.table() + " WHERE status IN (" + WAITING_IN + ")").toList());
    }

    /** Rows (district or null, status, count); each table's (status, customs_district_code) index (V26). */
    public static String backlogByDistrict(List<KindTable> tables) {
        return "SELECT district, status, SUM(n) FROM (" + unionAll(tables.stream()
                .map(t -> "SELECT customs_district_code AS district, status, COUNT(*) AS n FROM " + t.table()
                        + " WHERE status IN (" + WAITING_IN + ") GROUP BY customs_district_code, status").toList())
                + ") w GROUP BY district, status";
    }

    /**
     * The one row (kind, id, created_at, status, declared_at) declared earliest; a branch per table and
     * waiting status, each in (status, declared_at) index order, so the database reads the first row of each.
     */
    public static String oldestWaiting(List<KindTable> tables) {
        return "SELECT kind, id, created_at, status, declared_at FROM (" + unionAll(tables.stream()
                .flatMap(t -> WAITING.stream().map(s -> "SELECT '" + t.kind().name() + "' AS kind, id, created_at, status, declared_at FROM "
                        + t.table() + " WHERE status = '" + s.name() + "'")).toList())
                + ") w ORDER BY declared_at, id FETCH FIRST 1 ROWS ONLY";
    }

    /** Rows (kind, count); parameter i+1 is the cut-off of the i-th table (its kind's service level). */
    public static String overdueByKind(List<KindTable> tables) {
        return unionAll(IntStream.range(0, tables.size()).mapToObj(i -> "SELECT '" + tables.get(i).kind().name()
                + "' AS kind, COUNT(*) AS n FROM " + tables.get(i).table() + " WHERE status IN (" + WAITING_IN + ")"
                + " AND declared_at < ?" + (i + 1)).toList());
    }

    /**
     * Rows (day index, category, count) of the approvals and returns from the first to the last
     * boundary: parameters 1 to {@code days + 1} are the boundaries (midnights), parameter
     * {@code days + 2} the system's actor name. The index (action, occurred_at) of V26 finds them.
     */
    public static String decisionsPerDay(int days) {
        StringBuilder dayIndex = new StringBuilder("CASE");
        for (int i = days - 1; i >= 1; i--) {
            dayIndex.append(" WHEN occurred_at >= ?").append(i + 1).append(" THEN ").append(i);
        }
        dayIndex.append(" ELSE 0 END");
        return "SELECT day_index, category, COUNT(*) FROM (SELECT " + dayIndex + " AS day_index,"
                + " CASE WHEN action = '" + WorkflowAction.RETURN.name() + "' THEN '" + RETURNED + "'"
                + " WHEN actor = ?" + (days + 2) + " THEN '" + AUTOMATIC + "' ELSE '" + APPROVED + "' END AS category"
                + " FROM status_transition WHERE action IN ('" + WorkflowAction.APPROVE.name() + "', '" + WorkflowAction.RETURN.name() + "')"
                + " AND occurred_at >= ?1 AND occurred_at < ?" + (days + 1) + ") d GROUP BY day_index, category";
    }

    private static String unionAll(List<String> branches) {
        return String.join(" UNION ALL ", branches);
    }
}
