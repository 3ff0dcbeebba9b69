package cn.eport.onboarding.web.history;

import cn.eport.onboarding.workflow.ApplicationStatus;
import cn.eport.onboarding.workflow.ApplicationWorkflow;
import cn.eport.onboarding.workflow.HistoryEntry;
import cn.eport.onboarding.workflow.WorkflowAction;
import cn.eport.onboarding.workflow.WorkflowService;

/**
 * How a status change reads wherever it is shown (办理记录, the reviewer's and the administrator's
 * audit trail): what happened, never the same word twice ("暂存 → 暂存" told nothing).
 * <ul>
 *   <li>the change that created the application: the action, marked new: 暂存（新建）, 申报（新建）;</li>
 *   <li>a change into a final status: that status alone, 审核通过 (who decided says whether a
 *       reviewer or the system did);</li>
 *   <li>any other change: the action, then from → to: 申报：暂存 → 申报, 认领：申报 → 审核中;</li>
 *   <li>with a reviewer's reason after it: 退回：审核中 → 退回（原因：…）.</li>
 * </ul>
 * Who made it is the account's display name; what the system did itself reads 系统自动审核; a decision
 * of the review back office names its reviewer as a reviewer's would read: 张三（审核后台）.
 */
public final class TransitionWording {

    /** The texts of the page's bundle: a key and its arguments to the text. */
    @FunctionalInterface
    public interface Texts {
        String get(String key, Object... arguments);
    }

    private TransitionWording() {
    }

    /**
     * @param from   null for the change that created the application
     * @param reason null when there is none
     */
    public static String describe(WorkflowAction action, ApplicationStatus from, ApplicationStatus to, String reason, Texts texts) {
        String what;
        if (from == null) {
            what = texts.get("history.new", texts.get("action." + action));
        } else if (ApplicationWorkflow.isFinal(to)) {
            what = texts.get("status." + to);
        } else {
            what = texts.get("history.change", texts.get("action." + action), texts.get("status." + from), texts.get("status." + to));
        }
        return reason == null ? what : texts.get("history.reason", what, reason);
    }

    public static String describe(HistoryEntry entry, Texts texts) {
        return describe(entry.action(), entry.from(), entry.to(), entry.reason(), texts);
    }

    /**
     * Who made the change: the account's display name, else as the recorded actor reads
     * ({@link #actor(String, Texts)}).
     */
    public static String actor(HistoryEntry entry, Texts texts) {
        return entry.actorName() != null ? entry.actorName() : actor(entry.actor(), texts);
    }

    /**
     * An actor as recorded (history, audit trail) in words: the system (系统自动审核), the back office's
     * reviewer (张三（审核后台）), or the login name of anybody else.
     */
    public static String actor(String recorded, Texts texts) {
        if (WorkflowService.SYSTEM_ACTOR.equals(recorded)) {
            return texts.get("history.system");
        }
        if (recorded != null && recorded.startsWith(WorkflowService.BACK_OFFICE_ACTOR_PREFIX)) {
            return texts.get("history.backOffice", recorded.substring(WorkflowService.BACK_OFFICE_ACTOR_PREFIX.length()));
        }
        return recorded;
    }
}
