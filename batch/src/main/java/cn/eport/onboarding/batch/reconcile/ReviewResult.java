package cn.eport.onboarding.batch.reconcile;

import cn.eport.onboarding.workflow.WorkflowAction;

import java.time.Instant;

/**
 * One well-formed decision of the back office.
 *
 * @param decisionId the back office's id of the decision, unique per decision
 * @param decision   {@link WorkflowAction#APPROVE} or {@link WorkflowAction#RETURN}
 * @param reason     the reason of a return (required then); null for an approval
 * @param decidedAt  when the back office's reviewer decided
 */
public record ReviewResult(long line, String raw, String decisionId, ApplicationRef application, WorkflowAction decision,
                           String reason, String reviewer, Instant decidedAt) implements ResultLine {
}
