package cn.eport.onboarding.batch.housekeeping;

import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Duration;

/**
 * How old things are before the housekeeping job deletes them (MicroProfile Config):
 * {@code eport.batch.housekeeping.staged-attachment-days} (default 7) for staged attachments of
 * abandoned forms, {@code eport.batch.housekeeping.history-days} (default 180) for job history.
 */
final class HousekeepingSettings {

    static final String STAGED_ATTACHMENT_DAYS = "eport.batch.housekeeping.staged-attachment-days";
    static final String HISTORY_DAYS = "eport.batch.housekeeping.history-days";

    private HousekeepingSettings() {
    }

    static Duration stagedAttachmentAge() {
        return days(STAGED_ATTACHMENT_DAYS, 7);
    }

    static Duration historyAge() {
        return days(HISTORY_DAYS, 180);
    }

    private static Duration days(String key, int defaultDays) {
        int days = ConfigProvider.getConfig().getOptionalValue(key, Integer.class).orElse(defaultDays);
        if (days < 1) {
            throw new IllegalStateException(key + " must be at least 1 (days), not " + days);
        }
        return Duration.ofDays(days);
    }
}
