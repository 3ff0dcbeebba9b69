package cn.eport.onboarding.review;

import cn.eport.onboarding.time.DateRange;
import cn.eport.onboarding.workflow.ApplicationKind;
import cn.eport.onboarding.workflow.ApplicationStatus;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import static cn.eport.onboarding.workflow.ApplicationKind.ENTERPRISE_REGISTRATION;
import static cn.eport.onboarding.workflow.ApplicationKind.LEGAL_PERSON_CARD;
import static cn.eport.onboarding.workflow.WorkflowAction.APPROVE;
import static cn.eport.onboarding.workflow.WorkflowAction.CLAIM;
import static cn.eport.onboarding.workflow.WorkflowAction.PRINT;
import static cn.eport.onboarding.workflow.WorkflowAction.RETURN;
import static cn.eport.onboarding.workflow.WorkflowAction.VIEW;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReviewRulesTest {

    private static final ApplicationKind K = ENTERPRISE_REGISTRATION;
    private static final String ENT_A = "91110108MA01ABCD5T";

    @Test
    void aReturnNeedsANonBlankReasonOfAtMost500Characters() {
        assertEquals(ReturnReasonException.Problem.MISSING,
                assertThrows(ReturnReasonException.class, () -> ReviewRules.returnReason(K, 1L, null)).problem());
        assertEquals(ReturnReasonException.Problem.MISSING,
                assertThrows(ReturnReasonException.class, () -> ReviewRules.returnReason(K, 1L, " \t\n ")).problem());
        assertEquals(ReturnReasonException.Problem.TOO_LONG,
                assertThrows(ReturnReasonException.class, () -> ReviewRules.returnReason(K, 1L, "退".repeat(501))).problem());
        assertEquals("退".repeat(500), ReviewRules.returnReason(K, 1L, "  " + "退".repeat(500) + "  "), "stripped, then counted");
        assertEquals("注册资金有误", ReviewRules.returnReason(K, 1L, " 注册资金有误\n"));
    }

    @Test
    void aReviewerOfAnEnterpriseCannotReviewItsApplications() {
        assertThrows(OwnEnterpriseException.class, () -> ReviewRules.refuseOwnEnterprise(K, 1L, ENT_A, ENT_A));
        assertDoesNotThrow(() -> ReviewRules.refuseOwnEnterprise(K, 1L, null, ENT_A), "reviewer without enterprise");
        assertDoesNotThrow(() -> ReviewRules.refuseOwnEnterprise(K, 1L, "91310115MA1K4XYW7G", ENT_A), "another enterprise");
    }

    @Test
    void onlyTheAssigneeMayDecide() {
        assertDoesNotThrow(() -> ReviewRules.requireAssignee(K, 1L, "reviewer", "reviewer"));
        assertThrows(NotClaimedByYouException.class, () -> ReviewRules.requireAssignee(K, 1L, "reviewer", "other"));
        assertThrows(NotClaimedByYouException.class, () -> ReviewRules.requireAssignee(K, 1L, null, "reviewer"), "unclaimed");
    }

    @Test
    void everyRefusalIsAReviewRefusal() {
        assertTrue(ReviewRefusedException.class.isAssignableFrom(AlreadyClaimedException.class));
        AlreadyClaimedException e = new AlreadyClaimedException(K, 7L, "reviewer");
        assertEquals("reviewer", e.assignee());
        assertEquals(7L, e.applicationId());
        assertTrue(e.getMessage().contains("reviewer"));
    }

    @Test
    void buttonsFollowTheStateMachineTheAssigneeAndTheOwnEnterpriseRule() {
        ReviewItem declared = item(K, 1, "2026-11-01T00:00:00Z");
        ReviewItem mine = new ReviewItem(K, 2L, Instant.parse("2026-10-31T00:00:00Z"), ENT_A, "name",
                Instant.parse("2026-11-01T00:00:00Z"), "0100", ApplicationStatus.UNDER_REVIEW, "reviewer", Instant.parse("2026-11-02T00:00:00Z"));
        ReviewItem approved = new ReviewItem(K, 3L, Instant.parse("2026-10-31T00:00:00Z"), ENT_A, "name",
                Instant.parse("2026-11-01T00:00:00Z"), "0100", ApplicationStatus.APPROVED, null, null);

        assertEquals(EnumSet.of(VIEW, PRINT, CLAIM), ReviewRules.allowedActions(declared, "reviewer", null));
        assertEquals(EnumSet.of(VIEW, PRINT, APPROVE, RETURN), ReviewRules.allowedActions(mine, "reviewer", null), "the assignee decides");
        assertEquals(EnumSet.of(VIEW, PRINT), ReviewRules.allowedActions(mine, "other", null), "nobody else");
        assertEquals(EnumSet.of(VIEW, PRINT), ReviewRules.allowedActions(approved, "reviewer", null), "decided");
        assertEquals(EnumSet.of(VIEW, PRINT), ReviewRules.allowedActions(declared, "reviewer", ENT_A), "own enterprise: no claim");
        assertEquals(EnumSet.of(VIEW, PRINT), ReviewRules.allowedActions(mine, "reviewer", ENT_A), "own enterprise: no decision");
        assertEquals(EnumSet.of(VIEW, PRINT, CLAIM), ReviewRules.allowedActions(declared, "reviewer", "91310115MA1K4XYW7G"));
    }

    private static ReviewItem item(ApplicationKind kind, long id, String declaredAt) {
        return new ReviewItem(kind, id, Instant.parse(declaredAt), ENT_A, "name", Instant.parse(declaredAt), "0100",
                ApplicationStatus.DECLARED, null, null);
    }

    @Test
    void anItemsNumberTellsItsKindTheBeijingYearOfItsCreationAndItsId() {
        assertEquals("SZ2027-000004", item(K, 4, "2026-12-31T16:00:00Z").number(), "already 2027 in Beijing");
        assertEquals("BK2026-000004", item(ApplicationKind.LEGAL_PERSON_CARD, 4, "2026-12-31T15:59:59Z").number());
    }

    @Test
    void pagesOverSeveralKindsFollowTheDeclarationOrder() {
        List<ReviewItem> registrations = List.of(item(K, 1, "2026-11-01T00:00:00Z"), item(K, 2, "2026-11-03T00:00:00Z"),
                item(K, 3, "2026-11-05T00:00:00Z"));
        List<ReviewItem> cards = List.of(item(LEGAL_PERSON_CARD, 1, "2026-11-02T00:00:00Z"),
                item(LEGAL_PERSON_CARD, 2, "2026-11-03T00:00:00Z"));
        List<List<ReviewItem>> perKind = List.of(registrations, cards);
        assertEquals(List.of("ENTERPRISE_REGISTRATION1", "LEGAL_PERSON_CARD1"), keys(ReviewRules.page(perKind, 0, 2)));
        assertEquals(List.of("ENTERPRISE_REGISTRATION2", "LEGAL_PERSON_CARD2"), keys(ReviewRules.page(perKind, 2, 2)),
                "same declaration time: by kind");
        assertEquals(List.of("ENTERPRISE_REGISTRATION3"), keys(ReviewRules.page(perKind, 4, 2)));
        assertEquals(List.of(), ReviewRules.page(perKind, 6, 2));
    }

    private static List<String> keys(List<ReviewItem> items) {
        return items.stream().map(i -> i.kind().name() + i.id()).toList();
    }

    @Test
    void queryDefaultsAndNormalizes() {
        ReviewQuery q = new ReviewQuery(null, "  ", null);
        assertNull(q.customsDistrictCode());
        assertTrue(q.includes(LEGAL_PERSON_CARD));
        assertEquals(new DateRange(null, null), q.declared());
        ReviewQuery only = new ReviewQuery(K, " 0100 ", null);
        assertEquals("0100", only.customsDistrictCode());
        assertTrue(only.includes(K));
        assertFalse(only.includes(LEGAL_PERSON_CARD));
        assertEquals(QueueStatus.DECLARED, q.status(), "the queue lists the unclaimed ones unless told otherwise");
        assertFalse(q.overdue());
        assertFalse(q.withoutDistrict());
        assertTrue(new ReviewQuery(null, "none", null).withoutDistrict(), "applications naming no 主管海关");
        assertEquals(QueueStatus.DECLARED, new ReviewQuery(K, null, null, null, true).status());
    }

    @Test
    void queueStatusesAreTheWaitingOnes() {
        assertEquals(EnumSet.of(ApplicationStatus.DECLARED), QueueStatus.DECLARED.statuses());
        assertEquals(EnumSet.of(ApplicationStatus.UNDER_REVIEW), QueueStatus.UNDER_REVIEW.statuses());
        assertEquals(EnumSet.of(ApplicationStatus.DECLARED, ApplicationStatus.UNDER_REVIEW), QueueStatus.WAITING.statuses());
        assertEquals(QueueStatus.UNDER_REVIEW, QueueStatus.of(ApplicationStatus.UNDER_REVIEW));
        assertThrows(IllegalArgumentException.class, () -> QueueStatus.of(ApplicationStatus.APPROVED));
    }

    @Test
    void aDateRangeStartingAfterItsEndIsRefusedAsInF11() {
        LocalDate nov30 = LocalDate.of(2026, 11, 30);
        assertThrows(IllegalArgumentException.class, () -> new ReviewQuery(K, null, new DateRange(nov30, nov30.minusDays(1))));
    }
}
