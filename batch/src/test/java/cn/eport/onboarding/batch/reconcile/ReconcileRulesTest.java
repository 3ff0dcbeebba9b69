package cn.eport.onboarding.batch.reconcile;

import cn.eport.onboarding.batch.run.StepCounter;
import cn.eport.onboarding.workflow.ApplicationStatus;
import cn.eport.onboarding.workflow.WorkflowAction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReconcileRulesTest {

    @ParameterizedTest(name = "{1} on {0}: {2}")
    @CsvSource({
            "DECLARED,     APPROVE, APPLIED",
            "DECLARED,     RETURN,  APPLIED",
            "UNDER_REVIEW, APPROVE, APPLIED",
            "UNDER_REVIEW, RETURN,  APPLIED",
            "RETURNED,     APPROVE, CONFLICTING_DECISION",
            "RETURNED,     RETURN,  ILLEGAL_TRANSITION",
            "APPROVED,     RETURN,  ILLEGAL_TRANSITION",
            "APPROVED,     APPROVE, ILLEGAL_TRANSITION",
            "DRAFT,        APPROVE, ILLEGAL_TRANSITION",
            "DRAFT,        RETURN,  ILLEGAL_TRANSITION",
    })
    void eachDecisionFallsInOneCategoryByTheApplicationsStatus(ApplicationStatus status, WorkflowAction decision, StepCounter category) {
        assertEquals(category, ReconcileRules.verdict(decision, status).category());
    }

    @Test
    void theMessagesSayWhyInTheOperatorsWords() {
        assertEquals("已按后台决定审核通过（原状态：审核中）", ReconcileRules.verdict(WorkflowAction.APPROVE, ApplicationStatus.UNDER_REVIEW).message());
        assertEquals("申请处于暂存状态（企业尚未申报），不能退回", ReconcileRules.verdict(WorkflowAction.RETURN, ApplicationStatus.DRAFT).message());
        assertEquals("申请已审核通过，审核通过后不能再退回", ReconcileRules.verdict(WorkflowAction.RETURN, ApplicationStatus.APPROVED).message());
        assertEquals("决定编号 BO-9 此前已处理，本次未作变更", ReconcileRules.alreadyApplied("BO-9").message());
        assertEquals(StepCounter.ALREADY_APPLIED, ReconcileRules.alreadyApplied("BO-9").category());
    }
}
