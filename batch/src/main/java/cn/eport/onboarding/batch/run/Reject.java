package cn.eport.onboarding.batch.run;

import java.time.Instant;

/**
 * A record a step did not take, with where it was and why.
 *
 * @param sourceName the file or URL it came from, as the operator knows it
 * @param line       the line (or record) number in that source, from 1; null when the whole source is meant
 * @param field      the column or element that is wrong; null when the record as a whole is
 * @param reason     what is wrong, in words an operator reads (Chinese by default)
 * @param rawText    the record as read, shortened to 1,000 characters; null when not available
 */
public record Reject(String stepName, String sourceName, Long line, String field, String reason, String rawText,
                     Instant recordedAt) {

    public static final int MAX_RAW_TEXT = 1000;
    public static final int MAX_REASON = 500;

    /** A reject of the current step, recorded now: see {@link StepLog#reject}. */
    public static Reject of(String sourceName, Long line, String field, String reason, String rawText) {
        return new Reject(null, sourceName, line, field, reason, rawText, null);
    }
}
