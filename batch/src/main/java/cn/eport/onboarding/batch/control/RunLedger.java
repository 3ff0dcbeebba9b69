package cn.eport.onboarding.batch.control;

import cn.eport.onboarding.persistence.DatabaseMigrator;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The {@code batch_run} table: who started which execution of a job, how, on which server; refusals too. */
@Dependent
public class RunLedger {

    private static final String COLUMNS = "id, job_name, execution_id, instance_id, started_by, trigger_kind, parameters,"
            + " requested_at, server_name, refusal, orphaned";

    @Resource(lookup = DatabaseMigrator.DATASOURCE)
    private DataSource dataSource;

    @Inject
    private DatabaseMigrator database;

    @Inject
    private Clock clock;

    /** Records an execution this server started. */
    public void started(String jobName, long executionId, long instanceId, String who, Trigger trigger, Properties parameters) {
        insert(jobName, executionId, instanceId, who, trigger, parameters, null);
    }

    /** Records a request that was refused (a scheduled run that found the job running, say). */
    public void refused(String jobName, String who, Trigger trigger, Properties parameters, Refusal refusal) {
        insert(jobName, null, null, who, trigger, parameters, refusal);
    }

    /** One page of a job's runs, newest first. */
    public List<RunRecord> page(String jobName, int first, int max) {
        return query("SELECT " + COLUMNS + " FROM batch_run WHERE job_name = ? ORDER BY id DESC OFFSET "
                + Math.max(first, 0) + " ROWS FETCH NEXT " + Math.max(max, 0) + " ROWS ONLY", jobName);
    }

    public long count(String jobName) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM batch_run WHERE job_name = ?")) {
            statement.setString(1, jobName);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count the runs of job " + jobName, e);
        }
    }

    /** The latest run of a job that started an execution. */
    public Optional<RunRecord> latestStarted(String jobName) {
        return query("SELECT " + COLUMNS + " FROM batch_run WHERE job_name = ? AND execution_id IS NOT NULL"
                + " ORDER BY id DESC FETCH FIRST 1 ROWS ONLY", jobName).stream().findFirst();
    }

    public Optional<RunRecord> ofExecution(long executionId) {
        return query("SELECT " + COLUMNS + " FROM batch_run WHERE execution_id = ?", executionId).stream().findFirst();
    }

    /** The executions this server started in an earlier JVM than the running one (candidates for orphans). */
    public List<RunRecord> startedByEarlierJvm(String serverName, long jvmStarted) {
        return query("SELECT " + COLUMNS + " FROM batch_run WHERE server_name = ? AND jvm_started <> ?"
                + " AND execution_id IS NOT NULL AND orphaned = ? ORDER BY id", serverName, jvmStarted, false);
    }

    public void markOrphaned(long executionId) {
        update("UPDATE batch_run SET orphaned = ? WHERE execution_id = ?", true, executionId);
    }

    /** The parameters as the console shows them: key=value, by key, separated by blanks. */
    static String describe(Properties parameters) {
        if (parameters == null || parameters.isEmpty()) {
            return null;
        }
        String text = new TreeMap<>(parameters).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(" "));
        return text.length() <= 2000 ? text : text.substring(0, 1999) + "…";
    }

    private void insert(String jobName, Long executionId, Long instanceId, String who, Trigger trigger,
                        Properties parameters, Refusal refusal) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO batch_run (" + COLUMNS
                     + ", jvm_started) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, nextId(connection));
            insert.setString(2, jobName);
            setLong(insert, 3, executionId);
            setLong(insert, 4, instanceId);
            insert.setString(5, who.length() <= 64 ? who : who.substring(0, 64));
            insert.setString(6, trigger.name());
            insert.setString(7, describe(parameters));
            insert.setTimestamp(8, Timestamp.from(clock.instant()));
            insert.setString(9, ServerIdentity.serverName());
            insert.setString(10, refusal == null ? null : refusal.name());
            insert.setBoolean(11, false);
            insert.setLong(12, ServerIdentity.jvmStarted());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot record a run of job " + jobName, e);
        }
    }

    private long nextId(Connection connection) throws SQLException {
        try (PreparedStatement next = connection.prepareStatement(database.dialect().nextValueSql("batch_run_seq"));
             ResultSet rows = next.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private List<RunRecord> query(String sql, Object... arguments) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, arguments);
            List<RunRecord> records = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String refusal = rows.getString(10);
                    records.add(new RunRecord(rows.getLong(1), rows.getString(2), nullableLong(rows, 3),
                            nullableLong(rows, 4), rows.getString(5), Trigger.valueOf(rows.getString(6)), rows.getString(7),
                            rows.getTimestamp(8).toInstant(), rows.getString(9),
                            refusal == null ? null : Refusal.valueOf(refusal), rows.getBoolean(11)));
                }
            }
            return records;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the batch runs", e);
        }
    }

    private void update(String sql, Object... arguments) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, arguments);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot update the batch runs", e);
        }
    }

    private static void bind(PreparedStatement statement, Object... arguments) throws SQLException {
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i] instanceof Boolean flag) {
                statement.setBoolean(i + 1, flag);
            } else {
                statement.setObject(i + 1, arguments[i]);
            }
        }
    }

    private static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }

    private static Long nullableLong(ResultSet rows, int column) throws SQLException {
        long value = rows.getLong(column);
        return rows.wasNull() ? null : value;
    }
}
