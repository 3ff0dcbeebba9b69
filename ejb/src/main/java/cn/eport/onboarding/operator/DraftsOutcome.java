package cn.eport.onboarding.operator;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What came of saving many operators as drafts at once ({@link OperatorService#saveDrafts}): all of
 * them saved (their ids, in the order given), or none, with the problems of each refused row by its
 * index in the list (0 for the first).
 */
public record DraftsOutcome(List<Long> ids, SortedMap<Integer, List<OperatorRules.Problem>> rejected) {

    public DraftsOutcome {
        ids = List.copyOf(ids);
        rejected = new TreeMap<>(rejected);
    }

    public boolean saved() {
        return rejected.isEmpty();
    }

    static DraftsOutcome refused(Map<Integer, List<OperatorRules.Problem>> rejected) {
        return new DraftsOutcome(List.of(), new TreeMap<>(rejected));
    }

    static DraftsOutcome of(List<Long> ids) {
        return new DraftsOutcome(ids, new TreeMap<>());
    }
}
