package cn.eport.onboarding.workflow;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.EnumSet;
import java.util.Optional;

import static cn.eport.onboarding.workflow.ApplicationStatus.APPROVED;
import static cn.eport.onboarding.workflow.ApplicationStatus.DECLARED;
import static cn.eport.onboarding.workflow.ApplicationStatus.DRAFT;
import static cn.eport.onboarding.workflow.ApplicationStatus.RETURNED;
import static cn.eport.onboarding.workflow.ApplicationStatus.UNDER_REVIEW;
import static cn.eport.onboarding.workflow.WorkflowAction.APPROVE;
import static cn.eport.onboarding.workflow.WorkflowAction.CLAIM;
import static cn.eport.onboarding.workflow.WorkflowAction.DECLARE;
import static cn.eport.onboarding.workflow.WorkflowAction.DELETE;
import static cn.eport.onboarding.workflow.WorkflowAction.MODIFY;
import static cn.eport.onboarding.workflow.WorkflowAction.PRINT;
import static cn.eport.onboarding.workflow.WorkflowAction.RETURN;
import static cn.eport.onboarding.workflow.WorkflowAction.SAVE_DRAFT;
import static cn.eport.onboarding.workflow.WorkflowAction.VIEW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApplicationWorkflowTest {

    @Test
    void whatTheEnterpriseMayDoInEachStatus() {
        assertEquals(EnumSet.of(SAVE_DRAFT, DECLARE), ApplicationWorkflow.allowedActions(null, Actor.OWNER));
        assertEquals(EnumSet.of(VIEW, MODIFY, SAVE_DRAFT, DECLARE, DELETE), ApplicationWorkflow.allowedActions(DRAFT, Actor.OWNER));
        assertEquals(EnumSet.of(VIEW, PRINT), ApplicationWorkflow.allowedActions(DECLARED, Actor.OWNER));
        assertEquals(EnumSet.of(VIEW, PRINT), ApplicationWorkflow.allowedActions(UNDER_REVIEW, Actor.OWNER));
        assertEquals(EnumSet.of(VIEW, PRINT), ApplicationWorkflow.allowedActions(APPROVED, Actor.OWNER));
        assertEquals(EnumSet.of(VIEW, MODIFY, SAVE_DRAFT, DECLARE), ApplicationWorkflow.allowedActions(RETURNED, Actor.OWNER));
    }

    @Test
    void whatAReviewerMayDoInEachStatus() {
        assertEquals(EnumSet.noneOf(WorkflowAction.class), ApplicationWorkflow.allowedActions(null, Actor.REVIEWER));
        assertEquals(EnumSet.noneOf(WorkflowAction.class), ApplicationWorkflow.allowedActions(DRAFT, Actor.REVIEWER),
                "a draft is the enterprise's alone");
        assertEquals(EnumSet.of(VIEW, PRINT, CLAIM), ApplicationWorkflow.allowedActions(DECLARED, Actor.REVIEWER));
        assertEquals(EnumSet.of(VIEW, PRINT, APPROVE, RETURN), ApplicationWorkflow.allowedActions(UNDER_REVIEW, Actor.REVIEWER));
        assertEquals(EnumSet.of(VIEW, PRINT), ApplicationWorkflow.allowedActions(APPROVED, Actor.REVIEWER));
        assertEquals(EnumSet.of(VIEW), ApplicationWorkflow.allowedActions(RETURNED, Actor.REVIEWER));
    }

    @Test
    void reviewersSeeAnApplicationFromItsFirstDeclarationOnTheOwnerAlways() {
        for (ApplicationStatus status : ApplicationStatus.values()) {
            assertEquals(status != DRAFT, ApplicationWorkflow.isVisible(status, Actor.REVIEWER), status.name());
            assertTrue(ApplicationWorkflow.isVisible(status, Actor.OWNER), status.name());
        }
        assertFalse(ApplicationWorkflow.isVisible(null, Actor.REVIEWER), "nothing to see before the first save");
    }

    @Test
    void aDraftIsLikeNoApplicationToAReviewer() {
        Application draft = application(DRAFT);
        Application returned = application(RETURNED);
        assertEquals(Optional.empty(), ApplicationWorkflow.visible(Optional.of(draft), Actor.REVIEWER));
        assertEquals(Optional.of(returned), ApplicationWorkflow.visible(Optional.of(returned), Actor.REVIEWER),
                "returned: declared once, and resubmitted later");
        assertEquals(Optional.of(draft), ApplicationWorkflow.visible(Optional.of(draft), Actor.OWNER));
        assertEquals(Optional.empty(), ApplicationWorkflow.visible(Optional.<Application>empty(), Actor.REVIEWER));
    }

    private static Application application(ApplicationStatus status) {
        return new Application() {
            @Override
            public ApplicationKind kind() {
                return ApplicationKind.LEGAL_PERSON_CARD;
            }

            @Override
            public Long getId() {
                return 1L;
            }

            @Override
            public String getEnterpriseUscc() {
                return "91110108MA01ABCD5T";
            }

            @Override
            public ApplicationStatus getStatus() {
                return status;
            }

            @Override
            public void moveTo(ApplicationStatus newStatus, java.time.Instant at) {
                throw new UnsupportedOperationException();
            }
        };
    }

    @Test
    void theSystemOnlyApprovesDeclaredFilingsAutomatically() {
        for (ApplicationStatus status : ApplicationStatus.values()) {
            assertEquals(status == DECLARED ? EnumSet.of(APPROVE) : EnumSet.noneOf(WorkflowAction.class),
                    ApplicationWorkflow.allowedActions(status, Actor.SYSTEM), status.name());
        }
    }

    @Test
    void theBackOfficeDecidesDeclaredAndClaimedApplicationsWithoutClaiming() {
        for (ApplicationStatus status : ApplicationStatus.values()) {
            boolean awaiting = status == DECLARED || status == UNDER_REVIEW;
            assertEquals(awaiting ? EnumSet.of(APPROVE, RETURN) : EnumSet.noneOf(WorkflowAction.class),
                    ApplicationWorkflow.allowedActions(status, Actor.BACK_OFFICE), status.name());
        }
        assertEquals(Optional.of(APPROVED), ApplicationWorkflow.next(DECLARED, APPROVE, Actor.BACK_OFFICE));
        assertEquals(Optional.of(RETURNED), ApplicationWorkflow.next(UNDER_REVIEW, RETURN, Actor.BACK_OFFICE));
        assertTrue(ApplicationWorkflow.isFinal(APPROVED), "the back office changes nothing approved");
    }

    @ParameterizedTest(name = "{0} --{1} by {2}--> {3}")
    @CsvSource({
            ",            SAVE_DRAFT, OWNER,    DRAFT",
            ",            DECLARE,    OWNER,    DECLARED",
            "DRAFT,       SAVE_DRAFT, OWNER,    DRAFT",
            "DRAFT,       DECLARE,    OWNER,    DECLARED",
            "DECLARED,    CLAIM,      REVIEWER, UNDER_REVIEW",
            "UNDER_REVIEW, APPROVE,   REVIEWER, APPROVED",
            "UNDER_REVIEW, RETURN,    REVIEWER, RETURNED",
            "RETURNED,    SAVE_DRAFT, OWNER,    RETURNED",
            "RETURNED,    DECLARE,    OWNER,    DECLARED",
            "DECLARED,    APPROVE,    SYSTEM,   APPROVED",
            "APPROVED,    VIEW,       OWNER,    APPROVED",
    })
    void transitions(ApplicationStatus from, WorkflowAction action, Actor actor, ApplicationStatus to) {
        assertEquals(Optional.of(to), ApplicationWorkflow.next(from, action, actor));
    }

    @Test
    void deletingADraftRemovesIt() {
        assertEquals(Optional.empty(), ApplicationWorkflow.next(DRAFT, DELETE, Actor.OWNER));
    }

    @ParameterizedTest(name = "{1} by {2} on {0} is refused")
    @CsvSource({
            "DECLARED,     DELETE,     OWNER",
            "RETURNED,     DELETE,     OWNER",
            "APPROVED,     DECLARE,    OWNER",
            "APPROVED,     MODIFY,     OWNER",
            "DECLARED,     MODIFY,     OWNER",
            "UNDER_REVIEW, SAVE_DRAFT, OWNER",
            "DECLARED,     APPROVE,    REVIEWER",
            "DECLARED,     RETURN,     REVIEWER",
            "DECLARED,     CLAIM,      OWNER",
            "UNDER_REVIEW, APPROVE,    OWNER",
            "UNDER_REVIEW, CLAIM,      REVIEWER",
            "DRAFT,        PRINT,      OWNER",
            "UNDER_REVIEW, APPROVE,    SYSTEM",
            "DRAFT,        DECLARE,    REVIEWER",
            "DRAFT,        VIEW,       REVIEWER",
    })
    void illegalTransitionsAreRefusedWithTheirContext(ApplicationStatus from, WorkflowAction action, Actor actor) {
        assertFalse(ApplicationWorkflow.isAllowed(from, action, actor));
        IllegalTransitionException e = assertThrows(IllegalTransitionException.class,
                () -> ApplicationWorkflow.next(from, action, actor));
        assertEquals(from, e.status());
        assertEquals(action, e.action());
    }

    @Test
    void onlyReturningNeedsAReason() {
        for (WorkflowAction action : WorkflowAction.values()) {
            assertEquals(action == RETURN, ApplicationWorkflow.requiresReason(action), action.name());
        }
        assertTrue(RETURN.changesRecord());
        assertFalse(VIEW.changesRecord());
    }

    @Test
    void onlyAnApprovedApplicationIsFinal() {
        assertTrue(ApplicationWorkflow.isFinal(APPROVED));
        for (ApplicationStatus open : EnumSet.of(DRAFT, DECLARED, UNDER_REVIEW, RETURNED)) {
            assertFalse(ApplicationWorkflow.isFinal(open), open.name());
        }
        assertFalse(ApplicationWorkflow.isFinal(null), "not created yet");
    }
}
