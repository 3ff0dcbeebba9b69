package cn.eport.onboarding.batch.housekeeping;

import cn.eport.onboarding.batch.control.RepositoryTables;
import cn.eport.onboarding.batch.run.StepCounter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

/**
 * Job instances whose every execution ended before {@code eport.batch.housekeeping.history-days}:
 * an instance with an execution still running (no end time) or recent stays, with all its
 * executions. At the step's first start it also deletes the refused requests and the taken
 * schedule firings of that age, which belong to no instance.
 */
@Named
@Dependent
public class JobHistoryReader extends KeysetReader {

    @Override
    Duration age() {
        return HousekeepingSettings.historyAge();
    }

    @Override
    String nextKeysSql() {
        return "SELECT i.jobinstanceid FROM " + RepositoryTables.name(RepositoryTables.JOB_INSTANCE) + " i WHERE i.jobinstanceid > ?"
                + " AND " + endedBefore() + " ORDER BY i.jobinstanceid";
    }

    @Override
    String countSql() {
        return "SELECT COUNT(*) FROM " + RepositoryTables.name(RepositoryTables.JOB_INSTANCE) + " i WHERE " + endedBefore();
    }

    @Override
    void beforeFirstRead(Connection connection, Instant cutoff) throws SQLException {
        long deleted = delete(connection, "DELETE FROM batch_run WHERE execution_id IS NULL AND requested_at < ?", cutoff)
                + delete(connection, "DELETE FROM batch_schedule_fire WHERE fired_at < ?", cutoff);
        log.add(StepCounter.DELETED, deleted);
    }

    private static String endedBefore() {
        String executions = RepositoryTables.name(RepositoryTables.EXECUTION);
        return "EXISTS (SELECT 1 FROM " + executions + " e WHERE e.jobinstanceid = i.jobinstanceid)"
                + " AND NOT EXISTS (SELECT 1 FROM " + executions + " e WHERE e.jobinstanceid = i.jobinstanceid"
                + " AND (e.endtime IS NULL OR e.endtime >= ?))";
    }

    private static long delete(Connection connection, String sql, Instant cutoff) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(sql)) {
            delete.setTimestamp(1, Timestamp.from(cutoff));
            return delete.executeUpdate();
        }
    }
}
