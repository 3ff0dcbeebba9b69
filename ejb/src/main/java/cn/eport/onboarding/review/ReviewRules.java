package cn.eport.onboarding.review;

import cn.eport.onboarding.workflow.ApplicationKind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The review console's rules that need no database. */
public final class ReviewRules {

    /** The length of {@code status_transition.reason}. */
    public static final int MAX_REASON_LENGTH = 500;

    /** Queue order: oldest declaration first, then kind and id, the same on every page. */
    static final Comparator<ReviewItem> QUEUE_ORDER = Comparator
            .comparing(ReviewItem::declaredAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ReviewItem::kind).thenComparing(ReviewItem::id);

    private ReviewRules() {
    }

    /** The reason as stored (stripped), or the refusal. */
    public static String returnReason(ApplicationKind kind, Long id, String reason) {
        String stripped = reason == null ? "" : reason.strip();
        if (stripped.isEmpty()) {
            throw new ReturnReasonException(kind, id, ReturnReasonException.Problem.MISSING);
        }
        if (stripped.length() > MAX_REASON_LENGTH) {
            throw new ReturnReasonException(kind, id, ReturnReasonException.Problem.TOO_LONG);
        }
        return stripped;
    }

    /** Refuses a reviewer whose account belongs to the enterprise of the application. */
    public static void refuseOwnEnterprise(ApplicationKind kind, Long id, String reviewerEnterpriseUscc, String applicationUscc) {
        if (reviewerEnterpriseUscc != null && reviewerEnterpriseUscc.equals(applicationUscc)) {
            throw new OwnEnterpriseException(kind, id, applicationUscc);
        }
    }

    /** Refuses anybody but the assignee ({@code assignee} null: nobody has claimed it). */
    public static void requireAssignee(ApplicationKind kind, Long id, String assignee, String caller) {
        if (assignee == null || !assignee.equals(caller)) {
            throw new NotClaimedByYouException(kind, id, caller);
        }
    }

    /**
     * One page of the queue over several kinds: each list holds that kind's first
     * {@code first + max} items in {@link #QUEUE_ORDER} (fetched with a database limit); the merged
     * order is cut at {@code first} and {@code max}.
     */
    static List<ReviewItem> page(List<List<ReviewItem>> perKind, int first, int max) {
        List<ReviewItem> all = new ArrayList<>();
        perKind.forEach(all::addAll);
        all.sort(QUEUE_ORDER);
        return all.stream().skip(first).limit(max).toList();
    }
}
