package cn.eport.onboarding.web.history;

import cn.eport.onboarding.web.i18n.Bundles;
import cn.eport.onboarding.workflow.ApplicationStatus;
import cn.eport.onboarding.workflow.HistoryEntry;
import cn.eport.onboarding.workflow.WorkflowAction;
import cn.eport.onboarding.workflow.WorkflowService;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static cn.eport.onboarding.workflow.ApplicationStatus.APPROVED;
import static cn.eport.onboarding.workflow.ApplicationStatus.DECLARED;
import static cn.eport.onboarding.workflow.ApplicationStatus.DRAFT;
import static cn.eport.onboarding.workflow.ApplicationStatus.RETURNED;
import static cn.eport.onboarding.workflow.ApplicationStatus.UNDER_REVIEW;
import static cn.eport.onboarding.workflow.WorkflowAction.APPROVE;
import static cn.eport.onboarding.workflow.WorkflowAction.CLAIM;
import static cn.eport.onboarding.workflow.WorkflowAction.DECLARE;
import static cn.eport.onboarding.workflow.WorkflowAction.RETURN;
import static cn.eport.onboarding.workflow.WorkflowAction.SAVE_DRAFT;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The 办理记录 says what happened, in both languages, from the real bundles (issue 9). */
class TransitionWordingTest {

    private static final TransitionWording.Texts ZH = (key, arguments) -> Bundles.format(Bundles.ZH, key, arguments);
    private static final TransitionWording.Texts EN = (key, arguments) -> Bundles.format(Bundles.EN, key, arguments);

    private static String zh(WorkflowAction action, ApplicationStatus from, ApplicationStatus to, String reason) {
        return TransitionWording.describe(action, from, to, reason, ZH);
    }

    private static String en(WorkflowAction action, ApplicationStatus from, ApplicationStatus to, String reason) {
        return TransitionWording.describe(action, from, to, reason, EN);
    }

    private static HistoryEntry entry(String actor, String actorName) {
        return new HistoryEntry(Instant.EPOCH, actor, actorName, APPROVE, DECLARED, APPROVED, null);
    }

    @Test
    void theFirstChangeSaysTheActionAndThatTheApplicationIsNew() {
        assertEquals("暂存（新建）", zh(SAVE_DRAFT, null, DRAFT, null));
        assertEquals("申报（新建）", zh(DECLARE, null, DECLARED, null));
        assertEquals("Save draft (new)", en(SAVE_DRAFT, null, DRAFT, null));
    }

    @Test
    void laterChangesSayTheActionAndWhereTheStatusWent() {
        assertEquals("申报：暂存 → 申报", zh(DECLARE, DRAFT, DECLARED, null));
        assertEquals("申报：退回 → 申报", zh(DECLARE, RETURNED, DECLARED, null), "a resubmission tells from where");
        assertEquals("认领：申报 → 审核中", zh(CLAIM, DECLARED, UNDER_REVIEW, null));
        assertEquals("Claim: Declared → Under review", en(CLAIM, DECLARED, UNDER_REVIEW, null));
    }

    @Test
    void aReturnCarriesItsReasonWhole() {
        String reason = "注册地址与营业执照不一致，请核对：\n第二行 {0} '引号'";
        assertEquals("退回：审核中 → 退回（原因：" + reason + "）", zh(RETURN, UNDER_REVIEW, RETURNED, reason));
        assertEquals("Return: Under review → Returned (reason: " + reason + ")", en(RETURN, UNDER_REVIEW, RETURNED, reason));
    }

    @Test
    void theFinalDecisionIsSaidOnceWhoeverTookIt() {
        assertEquals("审核通过", zh(APPROVE, UNDER_REVIEW, APPROVED, null));
        assertEquals("审核通过", zh(APPROVE, DECLARED, APPROVED, null), "automatic approval of a filing");
        assertEquals("Approved", en(APPROVE, UNDER_REVIEW, APPROVED, null));
    }

    @Test
    void whoIsTheDisplayNameOrTheSystem() {
        assertEquals("张审核", TransitionWording.actor(entry("reviewer", "张审核"), ZH));
        assertEquals("系统自动审核", TransitionWording.actor(entry(WorkflowService.SYSTEM_ACTOR, null), ZH));
        assertEquals("System (automatic)", TransitionWording.actor(entry(WorkflowService.SYSTEM_ACTOR, null), EN));
        assertEquals("gone-user", TransitionWording.actor(entry("gone-user", null), ZH), "no account any more: the login name recorded");
    }

    @Test
    void theBackOfficesDecisionReadsAsItsReviewers() {
        HistoryEntry byBackOffice = entry(WorkflowService.backOfficeActor("李审核"), null);
        assertEquals("李审核（审核后台）", TransitionWording.actor(byBackOffice, ZH));
        assertEquals("李审核 (review back office)", TransitionWording.actor(byBackOffice, EN));
        assertEquals("审核通过", TransitionWording.describe(byBackOffice, ZH));
        assertEquals("李审核（审核后台）", TransitionWording.actor("(back-office) 李审核", ZH), "as the audit trail records it");
        assertEquals("系统自动审核", TransitionWording.actor(WorkflowService.SYSTEM_ACTOR, ZH));
        assertEquals("ent-b", TransitionWording.actor("ent-b", ZH));
    }
}
