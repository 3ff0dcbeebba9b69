package cn.eport.onboarding.batch.housekeeping;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

import java.time.Duration;

/**
 * Unsaved form input past its expiry (docs/adr/0028-form-autosave.md): rows of {@code form_autosave}
 * whose {@code expires_at}, set when the input was kept ({@code eport.autosave.retention-hours}), is
 * before the step's first start.
 */
@Named
@Dependent
public class FormAutosaveReader extends KeysetReader {

    /** The expiry is in the row already: the cut-off is the step's start. */
    @Override
    Duration age() {
        return Duration.ZERO;
    }

    @Override
    String nextKeysSql() {
        return "SELECT f.id FROM form_autosave f WHERE f.id > ? AND f.expires_at < ? ORDER BY f.id";
    }

    @Override
    String countSql() {
        return "SELECT COUNT(*) FROM form_autosave f WHERE f.expires_at < ?";
    }
}
