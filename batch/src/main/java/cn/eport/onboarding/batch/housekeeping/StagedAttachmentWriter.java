package cn.eport.onboarding.batch.housekeeping;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Deletes staged attachments (their content goes with them: ON DELETE CASCADE). */
@Named
@Dependent
public class StagedAttachmentWriter extends DeletingWriter {

    @Override
    boolean delete(Connection connection, long id) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM attachment WHERE id = ? AND staging_key IS NOT NULL")) {
            delete.setLong(1, id);
            return delete.executeUpdate() == 1;
        }
    }
}
