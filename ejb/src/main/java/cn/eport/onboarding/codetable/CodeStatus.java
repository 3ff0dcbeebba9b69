package cn.eport.onboarding.codetable;

import java.time.LocalDate;

/**
 * Whether an entry counts on a given day. Only {@link #ACTIVE} entries are suggested; the browser
 * shows the others with their reason. The rule is the one the suggestion SQL applies
 * ({@link CodeSuggester}): active flag set and valid_from &lt;= day &lt; valid_to (open when null).
 */
public enum CodeStatus {
    ACTIVE,
    /** The active flag is off (retired by the sync job or by hand). */
    INACTIVE,
    /** Valid from a later day. */
    NOT_YET_VALID,
    /** Valid until this day or an earlier one (valid_to is exclusive). */
    EXPIRED;

    public static CodeStatus of(boolean active, LocalDate validFrom, LocalDate validTo, LocalDate day) {
        if (!active) {
            return INACTIVE;
        }
        if (day.isBefore(validFrom)) {
            return NOT_YET_VALID;
        }
        if (validTo != null && !day.isBefore(validTo)) {
            return EXPIRED;
        }
        return ACTIVE;
    }
}
