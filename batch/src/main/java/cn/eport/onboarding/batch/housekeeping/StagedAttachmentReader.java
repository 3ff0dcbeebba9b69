package cn.eport.onboarding.batch.housekeeping;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

import java.time.Duration;

/**
 * Staged attachments of abandoned forms (ADR 0011): files under a staging key whose latest upload
 * is older than {@code eport.batch.housekeeping.staged-attachment-days}. A key with any newer
 * upload belongs to a form that may still be open and keeps all its files.
 */
@Named
@Dependent
public class StagedAttachmentReader extends KeysetReader {

    private static final String ABANDONED = "a.staging_key IS NOT NULL AND NOT EXISTS (SELECT 1 FROM attachment b"
            + " WHERE b.staging_key = a.staging_key AND b.uploaded_at >= ?)";

    @Override
    Duration age() {
        return HousekeepingSettings.stagedAttachmentAge();
    }

    @Override
    String nextKeysSql() {
        return "SELECT a.id FROM attachment a WHERE a.id > ? AND " + ABANDONED + " ORDER BY a.id";
    }

    @Override
    String countSql() {
        return "SELECT COUNT(*) FROM attachment a WHERE " + ABANDONED;
    }
}
