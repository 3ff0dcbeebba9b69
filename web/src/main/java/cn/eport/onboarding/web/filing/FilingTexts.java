package cn.eport.onboarding.web.filing;

import cn.eport.onboarding.filing.FilingCheck;

import java.util.function.BiFunction;

/**
 * The text of a filing's precondition check in the page's language: the obstacle in the manual's
 * words with what to do (its arguments, e.g. the unfinished filing's number and date, filled in), or
 * the unreachable directory's "try again later". A clear check has no text.
 */
public final class FilingTexts {

    private FilingTexts() {
    }

    /**
     * @param messages the bundle lookup: key and arguments to text
     * @return the text, or {@code null} for a clear check
     */
    public static String of(FilingCheck check, BiFunction<String, Object[], String> messages) {
        if (check instanceof FilingCheck.Blocked blocked) {
            return messages.apply(blocked.obstacle().messageKey(), blocked.arguments().toArray());
        }
        if (check instanceof FilingCheck.Unavailable unavailable) {
            return messages.apply(unavailable.directory().unavailableMessageKey(), new Object[0]);
        }
        return null;
    }
}
