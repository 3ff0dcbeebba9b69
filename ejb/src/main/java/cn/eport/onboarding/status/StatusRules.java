package cn.eport.onboarding.status;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The status query's rules that need no database (F-60). */
public final class StatusRules {

    /** List order over every kind: last changed first, then kind and id (newest first), the same on every page. */
    public static final Comparator<ApplicationSummary> ORDER = Comparator
            .comparing(ApplicationSummary::updatedAt, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(ApplicationSummary::kind)
            .thenComparing(ApplicationSummary::id, Comparator.reverseOrder());

    private StatusRules() {
    }

    /**
     * One page of the list over several kinds: each list holds that kind's first {@code first + max}
     * rows in {@link #ORDER} (fetched with a database limit), so the merged order cut at
     * {@code first} and {@code max} is the page a single query over all kinds would give.
     */
    public static List<ApplicationSummary> page(List<List<ApplicationSummary>> perKind, int first, int max) {
        List<ApplicationSummary> all = new ArrayList<>();
        perKind.forEach(all::addAll);
        all.sort(ORDER);
        return all.stream().skip(first).limit(max).toList();
    }
}
