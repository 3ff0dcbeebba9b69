package cn.eport.onboarding.batch.housekeeping;

import cn.eport.onboarding.batch.control.RepositoryTables;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Deletes one job instance: the batch runtime's rows (checkpoints, step and job statuses, step
 * executions, executions, the instance; children before parents, as its foreign keys want) and
 * the product's own (who started its runs, its counts and rejects, review-reconcile's report, and the
 * keys code-table-sync had read when the run ended before its retire step). The decision ids
 * review-reconcile applied stay: they keep a later run of an old file from applying it again.
 * The runtime's own purge works
 * only per application, so this follows its table layout (Payara's JBatchJDBCPersistenceManager).
 */
final class JobHistoryEraser {

    private JobHistoryEraser() {
    }

    /** Returns whether the instance was there to delete. */
    static boolean erase(Connection connection, long instanceId) throws SQLException {
        String executions = "SELECT jobexecid FROM " + RepositoryTables.name(RepositoryTables.EXECUTION) + " WHERE jobinstanceid = ?";
        String steps = "SELECT stepexecid FROM " + RepositoryTables.name(RepositoryTables.STEP_EXECUTION)
                + " WHERE jobexecid IN (" + executions + ")";
        // checkpoint keys are "<instance id>,<step>,<READER|WRITER>"
        delete(connection, "DELETE FROM " + RepositoryTables.name(RepositoryTables.CHECKPOINT) + " WHERE id LIKE ?",
                instanceId + ",%");
        delete(connection, "DELETE FROM " + RepositoryTables.name(RepositoryTables.STEP_STATUS) + " WHERE id IN (" + steps + ")",
                instanceId);
        delete(connection, "DELETE FROM " + RepositoryTables.name(RepositoryTables.STEP_EXECUTION)
                + " WHERE jobexecid IN (" + executions + ")", instanceId);
        delete(connection, "DELETE FROM " + RepositoryTables.name(RepositoryTables.EXECUTION) + " WHERE jobinstanceid = ?",
                instanceId);
        delete(connection, "DELETE FROM " + RepositoryTables.name(RepositoryTables.JOB_STATUS) + " WHERE id = ?", instanceId);
        delete(connection, "DELETE FROM batch_run WHERE instance_id = ?", instanceId);
        delete(connection, "DELETE FROM batch_reject WHERE instance_id = ?", instanceId);
        delete(connection, "DELETE FROM batch_step_count WHERE instance_id = ?", instanceId);
        delete(connection, "DELETE FROM review_reconcile_line WHERE instance_id = ?", instanceId);
        delete(connection, "DELETE FROM batch_sync_seen WHERE instance_id = ?", instanceId);
        return delete(connection, "DELETE FROM " + RepositoryTables.name(RepositoryTables.JOB_INSTANCE)
                + " WHERE jobinstanceid = ?", instanceId) == 1;
    }

    private static int delete(Connection connection, String sql, Object key) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(sql)) {
            delete.setObject(1, key);
            return delete.executeUpdate();
        }
    }
}
