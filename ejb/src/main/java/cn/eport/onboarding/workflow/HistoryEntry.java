package cn.eport.onboarding.workflow;

import java.time.Instant;

/**
 * One line of an application's 办理记录: a recorded status change ({@link StatusTransition}) with
 * the display name of who made it, read in the same query. (Record components are not EL
 * properties: pages call {@code entry.action()}.)
 *
 * @param actor     the login name recorded, {@link WorkflowService#SYSTEM_ACTOR}, or a back-office
 *                  reviewer after {@link WorkflowService#BACK_OFFICE_ACTOR_PREFIX}
 * @param actorName the account's display name; null when the actor is no account (the system, the back office)
 * @param from      the status before; null for the change that created the application
 * @param reason    the reviewer's reason of a return, else null
 */
public record HistoryEntry(Instant occurredAt, String actor, String actorName, WorkflowAction action,
                           ApplicationStatus from, ApplicationStatus to, String reason) {

    static HistoryEntry of(StatusTransition t, String actorName) {
        return new HistoryEntry(t.getOccurredAt(), t.getActor(), actorName, t.getAction(), t.getFrom(), t.getTo(), t.getReason());
    }

    /** True for what the system did by itself (automatic approval of a filing, F-22/F-42). */
    public boolean bySystem() {
        return WorkflowService.SYSTEM_ACTOR.equals(actor);
    }

    /** True for a decision of the review back office, applied by the job review-reconcile. */
    public boolean byBackOffice() {
        return actor != null && actor.startsWith(WorkflowService.BACK_OFFICE_ACTOR_PREFIX);
    }

    /** The back office's reviewer who decided; null unless {@link #byBackOffice()}. */
    public String backOfficeReviewer() {
        return byBackOffice() ? actor.substring(WorkflowService.BACK_OFFICE_ACTOR_PREFIX.length()) : null;
    }
}
