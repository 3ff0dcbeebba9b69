package cn.eport.onboarding.batch.housekeeping;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

import java.sql.Connection;
import java.sql.SQLException;

/** Deletes old job instances with everything recorded about them ({@link JobHistoryEraser}). */
@Named
@Dependent
public class JobHistoryWriter extends DeletingWriter {

    @Override
    boolean delete(Connection connection, long instanceId) throws SQLException {
        return JobHistoryEraser.erase(connection, instanceId);
    }
}
