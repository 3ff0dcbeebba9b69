package cn.eport.onboarding.batch.run;

import cn.eport.onboarding.batch.control.RepositoryTables;
import cn.eport.onboarding.persistence.DatabaseMigrator;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Reads what {@link StepLog} recorded for a job instance: the counts per step and the rejects. */
@Stateless
@RolesAllowed({"BATCH_OPERATOR", "ADMIN"})
public class StepRecords {

    @Resource(lookup = DatabaseMigrator.DATASOURCE)
    private DataSource dataSource;

    /** The counters of each step of the instance, steps in the order they first ran. */
    public Map<String, Map<StepCounter, Long>> counts(long instanceId) {
        Map<String, Map<StepCounter, Long>> counts = new LinkedHashMap<>();
        String firstRun = "(SELECT MIN(s.stepexecid) FROM " + RepositoryTables.name(RepositoryTables.STEP_EXECUTION) + " s JOIN "
                + RepositoryTables.name(RepositoryTables.EXECUTION) + " e ON e.jobexecid = s.jobexecid"
                + " WHERE e.jobinstanceid = c.instance_id AND s.stepname = c.step_name)";
        query("SELECT c.step_name, c.counter_name, c.amount FROM batch_step_count c WHERE c.instance_id = ?"
                        + " ORDER BY " + firstRun + ", c.step_name",
                instanceId, rows -> counts
                        .computeIfAbsent(string(rows, 1), s -> new EnumMap<>(StepCounter.class))
                        .put(StepCounter.valueOf(string(rows, 2)), number(rows, 3)));
        return counts;
    }

    public long rejectCount(long instanceId) {
        long[] count = {0};
        query("SELECT COUNT(*) FROM batch_reject WHERE instance_id = ?", instanceId, rows -> count[0] = number(rows, 1));
        return count[0];
    }

    /** One page of the instance's rejects, in the order they were found. */
    public List<Reject> rejects(long instanceId, int first, int max) {
        List<Reject> page = new ArrayList<>();
        forEachReject(instanceId, first, max, page::add);
        return page;
    }

    /** Hands every reject of the instance to the consumer, without holding them all (the CSV download). */
    public void forEachReject(long instanceId, int first, int max, Consumer<Reject> consumer) {
        query("SELECT step_name, source_name, line_no, field_name, reason, raw_text, recorded_at FROM batch_reject"
                + " WHERE instance_id = ? ORDER BY id OFFSET " + Math.max(first, 0) + " ROWS FETCH NEXT " + Math.max(max, 0)
                + " ROWS ONLY", instanceId, rows -> {
            Number line = (Number) rows.getObject(3);
            consumer.accept(new Reject(string(rows, 1), string(rows, 2), line == null ? null : line.longValue(),
                    string(rows, 4), string(rows, 5), string(rows, 6), timestamp(rows, 7)));
        });
    }

    private interface Row {
        void read(ResultSet rows) throws SQLException;
    }

    private void query(String sql, long instanceId, Row row) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, instanceId);
            statement.setFetchSize(500);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    row.read(rows);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the records of job instance " + instanceId, e);
        }
    }

    private static String string(ResultSet rows, int column) {
        try {
            return rows.getString(column);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long number(ResultSet rows, int column) {
        try {
            return rows.getLong(column);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static java.time.Instant timestamp(ResultSet rows, int column) {
        try {
            java.sql.Timestamp value = rows.getTimestamp(column);
            return value == null ? null : value.toInstant();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
