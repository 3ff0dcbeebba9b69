package cn.eport.onboarding.batch.run;

import cn.eport.onboarding.persistence.DatabaseMigrator;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;

/**
 * Records the counts and rejects of the running step ({@code batch_step_count}, {@code batch_reject}).
 * Every call writes at once through {@code jdbc/eport} and so joins the transaction the batch
 * runtime has open: called from a reader, processor or writer, it commits with the chunk, and a
 * chunk rolled back (or lost to a crash) takes its counts and rejects with it. Inject it into a
 * batch artifact; it knows the job instance and step from the batch contexts.
 */
@Dependent
public class StepLog {

    private static final String ADD = "UPDATE batch_step_count SET amount = amount + ?"
            + " WHERE instance_id = ? AND step_name = ? AND counter_name = ?";
    private static final String SET = "UPDATE batch_step_count SET amount = ?"
            + " WHERE instance_id = ? AND step_name = ? AND counter_name = ?";
    private static final String INSERT_COUNT = "INSERT INTO batch_step_count (amount, instance_id, step_name, counter_name)"
            + " VALUES (?, ?, ?, ?)";
    private static final String INSERT_REJECT = "INSERT INTO batch_reject (id, instance_id, execution_id, step_name,"
            + " source_name, line_no, field_name, reason, raw_text, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    @Inject
    private JobContext job;

    @Inject
    private JobMetrics metrics;

    @Inject
    private StepContext step;

    @Inject
    private DatabaseMigrator database;

    @Inject
    private Clock clock;

    @Resource(lookup = DatabaseMigrator.DATASOURCE)
    private DataSource dataSource;

    /** Adds to the step's counters (amounts of 0 are skipped). */
    public void add(Map<StepCounter, Long> amounts) {
        try (Connection connection = dataSource.getConnection()) {
            for (Map.Entry<StepCounter, Long> amount : amounts.entrySet()) {
                if (amount.getValue() != 0) {
                    write(connection, ADD, amount.getKey(), amount.getValue());
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot record the counts of step " + step.getStepName(), e);
        }
    }

    /**
     * Shows these counters at 0 until they count something, so that the console lists what a step
     * counts also when it found nothing to do (called once, at the step's first start).
     */
    public void begin(StepCounter... counters) {
        try (Connection connection = dataSource.getConnection()) {
            for (StepCounter counter : counters) {
                write(connection, ADD, counter, 0);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot record the counts of step " + step.getStepName(), e);
        }
    }

    public void add(StepCounter counter, long amount) {
        add(Map.of(counter, amount));
    }

    /** Sets a counter to a value ({@link StepCounter#TOTAL}, once the source is counted). */
    public void set(StepCounter counter, long value) {
        try (Connection connection = dataSource.getConnection()) {
            write(connection, SET, counter, value);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot record the " + counter + " of step " + step.getStepName(), e);
        }
    }

    /** Records a reject of this step and counts it as {@link StepCounter#REJECTED}. */
    public void reject(Reject reject) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(INSERT_REJECT)) {
            insert.setLong(1, nextRejectId(connection));
            insert.setLong(2, job.getInstanceId());
            insert.setLong(3, job.getExecutionId());
            insert.setString(4, step.getStepName());
            insert.setString(5, shorten(reject.sourceName(), 200));
            if (reject.line() == null) {
                insert.setNull(6, java.sql.Types.BIGINT);
            } else {
                insert.setLong(6, reject.line());
            }
            insert.setString(7, shorten(reject.field(), 64));
            insert.setString(8, shorten(reject.reason(), Reject.MAX_REASON));
            insert.setString(9, shorten(reject.rawText(), Reject.MAX_RAW_TEXT));
            insert.setTimestamp(10, Timestamp.from(clock.instant()));
            insert.executeUpdate();
            write(connection, ADD, StepCounter.REJECTED, 1);
            metrics.rejected(job.getJobName());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot record a reject of step " + step.getStepName(), e);
        }
    }

    /** The job instance whose counts this log writes (the console's key of a run). */
    public long instanceId() {
        return job.getInstanceId();
    }

    private void write(Connection connection, String sql, StepCounter counter, long amount) throws SQLException {
        if (update(connection, sql, counter, amount) == 0) {
            update(connection, INSERT_COUNT, counter, amount);
        }
    }

    private int update(Connection connection, String sql, StepCounter counter, long amount) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, amount);
            statement.setLong(2, job.getInstanceId());
            statement.setString(3, step.getStepName());
            statement.setString(4, counter.name());
            return statement.executeUpdate();
        }
    }

    private long nextRejectId(Connection connection) throws SQLException {
        try (PreparedStatement next = connection.prepareStatement(database.dialect().nextValueSql("batch_reject_seq"));
             ResultSet rows = next.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    static String shorten(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
