package cn.eport.onboarding.batch.control;

import cn.eport.onboarding.persistence.DatabaseMigrator;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Marks FAILED the executions this server was running when its JVM died (kill -9, power loss):
 * the batch runtime leaves them STARTED for ever and nothing in it marks them at start-up, so they
 * could neither be restarted nor would the job's next start be allowed. Runs at start-up, after the
 * migrations. Only this server's executions ({@code batch_run.server_name}) of an earlier JVM
 * ({@code jvm_started}): in a cluster the other servers' running executions are left alone.
 * <p>
 * The runtime's API has no way to set a status, so this updates its repository tables the way its
 * own persistence manager does at the end of an execution ({@code batchstatus}, {@code exitstatus},
 * {@code endtime}, {@code updatetime} of the execution and of its unfinished steps). Restart reads
 * the execution's status from there; the serialized JobStatus/StepStatus objects need no change
 * (restart refuses only COMPLETED or ABANDONED instances, and runs every step not COMPLETED).
 */
@Singleton
@Startup
@DependsOn("eport-ejb.jar#DatabaseMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OrphanedExecutions {

    private static final Logger LOG = Logger.getLogger(OrphanedExecutions.class.getName());
    private static final String UNFINISHED = "('STARTING', 'STARTED', 'STOPPING')";

    @Inject
    private RunLedger ledger;

    @Inject
    private Clock clock;

    @Resource(lookup = DatabaseMigrator.DATASOURCE)
    private DataSource dataSource;

    @PostConstruct
    void atStartUp() {
        try {
            // the runtime creates its tables on first use: use it once, so that reading them
            // (JobRepository, housekeeping) never meets a missing table
            BatchRuntime.getJobOperator().getJobNames();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The batch runtime's job repository is not available yet", e);
            return;
        }
        List<Long> marked = markOrphans(ServerIdentity.serverName(), ServerIdentity.jvmStarted());
        if (!marked.isEmpty()) {
            LOG.warning("Executions left running by an earlier run of this server marked FAILED: " + marked);
        }
    }

    /**
     * Marks FAILED the unfinished executions that this server recorded in a JVM other than the given
     * one; returns their ids. Public for the tests, which cannot kill the server they run in.
     */
    public List<Long> markOrphans(String serverName, long jvmStarted) {
        List<Long> marked = new ArrayList<>();
        for (RunRecord run : ledger.startedByEarlierJvm(serverName, jvmStarted)) {
            if (markFailed(run.executionId())) {
                ledger.markOrphaned(run.executionId());
                marked.add(run.executionId());
            }
        }
        return marked;
    }

    private boolean markFailed(long executionId) {
        Timestamp now = Timestamp.from(clock.instant());
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement steps = connection.prepareStatement("UPDATE " + RepositoryTables.name(RepositoryTables.STEP_EXECUTION)
                    + " SET batchstatus = 'FAILED', exitstatus = 'FAILED', endtime = ? WHERE jobexecid = ? AND batchstatus IN "
                    + UNFINISHED)) {
                steps.setTimestamp(1, now);
                steps.setLong(2, executionId);
                steps.executeUpdate();
            }
            try (PreparedStatement execution = connection.prepareStatement("UPDATE " + RepositoryTables.name(RepositoryTables.EXECUTION)
                    + " SET batchstatus = 'FAILED', exitstatus = 'FAILED', endtime = ?, updatetime = ? WHERE jobexecid = ?"
                    + " AND batchstatus IN " + UNFINISHED)) {
                execution.setTimestamp(1, now);
                execution.setTimestamp(2, now);
                execution.setLong(3, executionId);
                return execution.executeUpdate() == 1;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot mark execution " + executionId + " failed", e);
        }
    }
}
