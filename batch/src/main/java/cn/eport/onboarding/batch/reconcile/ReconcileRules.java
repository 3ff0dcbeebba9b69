package cn.eport.onboarding.batch.reconcile;

import cn.eport.onboarding.batch.run.StepCounter;
import cn.eport.onboarding.workflow.Actor;
import cn.eport.onboarding.workflow.ApplicationStatus;
import cn.eport.onboarding.workflow.ApplicationWorkflow;
import cn.eport.onboarding.workflow.WorkflowAction;

/**
 * Which category a decision of the back office falls in (docs/review-results-file.md), checked in
 * this order:
 * <ol>
 *   <li>ALREADY_APPLIED: its decision id was applied before (in an earlier run or earlier in this
 *       file): nothing changes, so running a file twice is harmless;</li>
 *   <li>UNKNOWN_APPLICATION: no such application (or the enterprise has none of that kind, or several
 *       awaiting a decision, so the line does not say which);</li>
 *   <li>APPLIED: the state machine lets the back office take it (申报 or 审核中);</li>
 *   <li>CONFLICTING_DECISION: 审核通过 of an application that was returned (by a reviewer or an
 *       earlier decision) and not declared again: the file contradicts a decision already taken;</li>
 *   <li>ILLEGAL_TRANSITION: every other status the decision cannot apply to: a draft (never declared,
 *       or being corrected), and an approved application, which nobody changes any more; also a
 *       second return of a returned one.</li>
 * </ol>
 */
public final class ReconcileRules {

    private ReconcileRules() {
    }

    public static Verdict alreadyApplied(String decisionId) {
        return new Verdict(StepCounter.ALREADY_APPLIED, "决定编号 " + decisionId + " 此前已处理，本次未作变更");
    }

    public static Verdict unknown(String message) {
        return new Verdict(StepCounter.UNKNOWN_APPLICATION, message);
    }

    /** The verdict on a decision about an application in this status that no earlier decision id covers. */
    public static Verdict verdict(WorkflowAction decision, ApplicationStatus status) {
        if (ApplicationWorkflow.isAllowed(status, decision, Actor.BACK_OFFICE)) {
            return new Verdict(StepCounter.APPLIED, decision == WorkflowAction.APPROVE
                    ? "已按后台决定审核通过（原状态：" + statusName(status) + "）"
                    : "已按后台决定退回（原状态：" + statusName(status) + "）");
        }
        if (status == ApplicationStatus.RETURNED && decision == WorkflowAction.APPROVE) {
            return new Verdict(StepCounter.CONFLICTING_DECISION,
                    "申请已被退回（审核员或此前的决定），企业尚未重新申报；与本行的“审核通过”相冲突，未作变更");
        }
        return new Verdict(StepCounter.ILLEGAL_TRANSITION, illegal(decision, status));
    }

    private static String illegal(WorkflowAction decision, ApplicationStatus status) {
        String what = decision == WorkflowAction.APPROVE ? "审核通过" : "退回";
        return switch (status) {
            case DRAFT -> "申请处于暂存状态（企业尚未申报），不能" + what;
            case APPROVED -> "申请已审核通过，审核通过后不能再" + (decision == WorkflowAction.APPROVE ? "次审核通过" : "退回");
            case RETURNED -> "申请已退回，企业尚未重新申报，不能再次退回";
            default -> "申请状态为" + statusName(status) + "，不能" + what;
        };
    }

    static String statusName(ApplicationStatus status) {
        return switch (status) {
            case DRAFT -> "暂存";
            case DECLARED -> "申报";
            case UNDER_REVIEW -> "审核中";
            case APPROVED -> "审核通过";
            case RETURNED -> "退回";
        };
    }
}
