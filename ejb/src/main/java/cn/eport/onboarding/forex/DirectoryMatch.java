package cn.eport.onboarding.forex;

import cn.eport.onboarding.directory.ForexEnterpriseRecord;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The forex enterprise directory's answer about one filing (F-42): the enterprise is listed and every
 * compared field agrees ({@link Outcome#MATCHED}), it is listed and some differ, or it is not listed.
 *
 * @param entry       the directory's entry, {@code null} when the enterprise is not listed
 * @param differences the fields that do not agree (every field when not listed), in {@link MatchedField} order
 */
public record DirectoryMatch(Outcome outcome, ForexEnterpriseRecord entry, Set<MatchedField> differences) {

    public enum Outcome {
        /** Listed, and every compared field agrees: approved at once. */
        MATCHED,
        /** Listed, but some fields differ: to review. */
        DIFFERENT,
        /** The directory does not know the enterprise: to review. */
        NOT_LISTED
    }

    public DirectoryMatch {
        Objects.requireNonNull(outcome, "outcome");
        differences = differences.isEmpty() ? EnumSet.noneOf(MatchedField.class) : EnumSet.copyOf(differences);
        if ((outcome == Outcome.NOT_LISTED) != (entry == null) || (outcome == Outcome.MATCHED) != differences.isEmpty()) {
            throw new IllegalArgumentException(outcome + " with entry " + entry + " and differences " + differences);
        }
    }

    public boolean matches() {
        return outcome == Outcome.MATCHED;
    }

    @Override
    public Set<MatchedField> differences() {
        return differences.isEmpty() ? EnumSet.noneOf(MatchedField.class) : EnumSet.copyOf(differences);
    }
}
