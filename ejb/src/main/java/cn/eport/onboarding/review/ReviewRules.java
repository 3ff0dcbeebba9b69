package cn.eport.onboarding.review;

import cn.eport.onboarding.workflow.Actor;
import cn.eport.onboarding.workflow.ApplicationKind;
import cn.eport.onboarding.workflow.ApplicationWorkflow;
import cn.eport.onboarding.workflow.WorkflowAction;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

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
     * What this reviewer may do with this application: the state machine's reviewer actions in its
     * status, without claim, approve and return when the reviewer's account belongs to its
     * enterprise, and without approve and return unless the reviewer is its assignee. Pages render
     * their buttons from this; the service checks the same rules again on every action.
     */
    public static Set<WorkflowAction> allowedActions(ReviewItem item, String reviewer, String reviewerEnterpriseUscc) {
        Set<WorkflowAction> actions = EnumSet.noneOf(WorkflowAction.class);
        actions.addAll(ApplicationWorkflow.allowedActions(item.status(), Actor.REVIEWER));
        if (reviewerEnterpriseUscc != null && reviewerEnterpriseUscc.equals(item.enterpriseUscc())) {
            actions.removeAll(EnumSet.of(WorkflowAction.CLAIM, WorkflowAction.APPROVE, WorkflowAction.RETURN));
        }
        if (item.assignee() == null || !item.assignee().equals(reviewer)) {
            actions.removeAll(EnumSet.of(WorkflowAction.APPROVE, WorkflowAction.RETURN));
        }
        return Collections.unmodifiableSet(actions);
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
