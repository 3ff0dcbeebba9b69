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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.LongPredicate;

/**
 * One execution of a job at a time, across every server sharing the database: the job's row in
 * {@code batch_job_lock} names its latest execution, and a start claims the row by a
 * compare-and-set on its version (one UPDATE, so of two servers starting at once one wins and
 * the other is refused). Used outside transactions: every statement commits at once.
 */
@Dependent
public class JobLock {

    /** A claim whose start never named its execution (its server died meanwhile) expires after this. */
    static final Duration CLAIM_EXPIRES = Duration.ofMinutes(2);

    @Resource(lookup = DatabaseMigrator.DATASOURCE)
    private DataSource dataSource;

    @Inject
    private Clock clock;

    /**
     * Claims the job for a new execution and returns the claim (the row's new version).
     *
     * @param running whether an execution (by id) is still running in the batch runtime
     * @throws JobRefusedException ALREADY_RUNNING when an execution of the job is not over, or a
     *                             start is under way; UNKNOWN_JOB when the job has no row
     */
    public long claim(String jobName, LongPredicate running) {
        try (Connection connection = dataSource.getConnection()) {
            long version;
            Long executionId;
            Instant claimedAt;
            try (PreparedStatement read = connection.prepareStatement(
                    "SELECT version, execution_id, claimed_at FROM batch_job_lock WHERE job_name = ?")) {
                read.setString(1, jobName);
                try (ResultSet row = read.executeQuery()) {
                    if (!row.next()) {
                        throw new JobRefusedException(Refusal.UNKNOWN_JOB, jobName, null);
                    }
                    version = row.getLong(1);
                    long id = row.getLong(2);
                    executionId = row.wasNull() ? null : id;
                    Timestamp claimed = row.getTimestamp(3);
                    claimedAt = claimed == null ? null : claimed.toInstant();
                }
            }
            if (executionId != null && running.test(executionId)) {
                throw new JobRefusedException(Refusal.ALREADY_RUNNING, jobName, executionId);
            }
            if (claimedAt != null && claimedAt.isAfter(clock.instant().minus(CLAIM_EXPIRES))) {
                throw new JobRefusedException(Refusal.ALREADY_RUNNING, jobName, null);
            }
            try (PreparedStatement claim = connection.prepareStatement("UPDATE batch_job_lock SET version = ?,"
                    + " claimed_at = ? WHERE job_name = ? AND version = ?")) {
                claim.setLong(1, version + 1);
                claim.setTimestamp(2, Timestamp.from(clock.instant()));
                claim.setString(3, jobName);
                claim.setLong(4, version);
                if (claim.executeUpdate() == 0) {
                    // another server claimed it between our read and our update
                    throw new JobRefusedException(Refusal.ALREADY_RUNNING, jobName, null);
                }
            }
            return version + 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot claim job " + jobName, e);
        }
    }

    /** The claimed start began this execution: it is the one the next start waits for. */
    public void bind(String jobName, long claim, long executionId) {
        change("UPDATE batch_job_lock SET version = ?, execution_id = ?, claimed_at = NULL WHERE job_name = ? AND version = ?",
                jobName, claim, executionId);
    }

    /** The claimed start did not begin: the job is free again. */
    public void release(String jobName, long claim) {
        change("UPDATE batch_job_lock SET version = ?, claimed_at = NULL WHERE job_name = ? AND version = ?",
                jobName, claim, null);
    }

    private void change(String sql, String jobName, long claim, Long executionId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(sql)) {
            int index = 1;
            update.setLong(index++, claim + 1);
            if (executionId != null) {
                update.setLong(index++, executionId);
            }
            update.setString(index++, jobName);
            update.setLong(index, claim);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot update the lock of job " + jobName, e);
        }
    }
}
