package cn.eport.onboarding.batch.control;

import cn.eport.onboarding.persistence.DatabaseMigrator;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/**
 * Reads executions from the batch runtime's repository tables ({@link RepositoryTables}) rather than
 * through its {@code JobOperator}: the operator shows an execution only to the component that
 * started it, and an EJB's component id contains a number that changes with every deployment
 * (Payara's {@code DOLUtils.getComponentEnvId}), so after a redeployment the operator would deny
 * every earlier execution. The tables are shared by every server and every deployment.
 */
@Dependent
public class JobRepository {

    @Resource(lookup = DatabaseMigrator.DATASOURCE)
    private DataSource dataSource;

    public Optional<JobControlService.ExecutionState> execution(long executionId) {
        String sql = "SELECT e.jobinstanceid, i.name, e.batchstatus, e.exitstatus, e.starttime, e.endtime FROM "
                + RepositoryTables.name(RepositoryTables.EXECUTION) + " e JOIN " + RepositoryTables.name(RepositoryTables.JOB_INSTANCE)
                + " i ON i.jobinstanceid = e.jobinstanceid WHERE e.jobexecid = ?";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(sql)) {
            query.setLong(1, executionId);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new JobControlService.ExecutionState(executionId, row.getLong(1), row.getString(2),
                        row.getString(3), row.getString(4), instant(row.getTimestamp(5)), instant(row.getTimestamp(6))));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read execution " + executionId + " from the job repository", e);
        }
    }

    /** Whether no later execution of the same job instance exists (restart continues only the latest). */
    public boolean isLatestOfItsInstance(long executionId) {
        String executions = RepositoryTables.name(RepositoryTables.EXECUTION);
        String sql = "SELECT COUNT(*) FROM " + executions + " later JOIN " + executions
                + " e ON e.jobinstanceid = later.jobinstanceid WHERE e.jobexecid = ? AND later.jobexecid > e.jobexecid";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(sql)) {
            query.setLong(1, executionId);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1) == 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the executions of execution " + executionId + "'s instance", e);
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
