package cn.eport.onboarding.batch.housekeeping;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;

/**
 * Deletes expired unsaved form input. A row kept again since it was read (the user typed on) has a
 * later expiry and stays.
 */
@Named
@Dependent
public class FormAutosaveWriter extends DeletingWriter {

    @Inject
    private Clock clock;

    @Override
    boolean delete(Connection connection, long id) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM form_autosave WHERE id = ? AND expires_at < ?")) {
            delete.setLong(1, id);
            delete.setTimestamp(2, Timestamp.from(clock.instant()));
            return delete.executeUpdate() == 1;
        }
    }
}
