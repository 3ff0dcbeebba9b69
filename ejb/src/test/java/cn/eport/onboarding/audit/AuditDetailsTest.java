package cn.eport.onboarding.audit;

import cn.eport.onboarding.workflow.ApplicationKind;
import cn.eport.onboarding.workflow.ApplicationStatus;
import cn.eport.onboarding.workflow.WorkflowAction;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the audit entries about applications and files store is read back as written. */
class AuditDetailsTest {

    private static AuditEvent event(AuditAction action, String subjectType, String detail) {
        return new AuditEvent(Instant.EPOCH, "someone", action, subjectType, "1", null, detail);
    }

    @Test
    void transitionsAreReadBackWithAndWithoutAReason() {
        String first = AuditDetails.transition(WorkflowAction.DECLARE, null, ApplicationStatus.DECLARED, null);
        assertEquals("DECLARE NEW → DECLARED", first);
        assertEquals(Optional.of(new AuditDetails.Transition("DECLARE", "NEW", "DECLARED", null)),
                AuditDetails.transitionOf(event(AuditAction.TRANSITION, "ENTERPRISE_REGISTRATION", first)));

        String reason = "注册地址与营业执照不一致: 请核对\n第二行";
        String returned = AuditDetails.transition(WorkflowAction.RETURN, ApplicationStatus.UNDER_REVIEW, ApplicationStatus.RETURNED, reason);
        assertEquals(Optional.of(new AuditDetails.Transition("RETURN", "UNDER_REVIEW", "RETURNED", reason)),
                AuditDetails.transitionOf(event(AuditAction.TRANSITION, "LEGAL_PERSON_CARD", returned)),
                "a reason with a colon and a line break comes back whole");
    }

    @Test
    void transitionsWrittenBeforeTheActionWasRecordedAreStillRead() {
        assertEquals(Optional.of(new AuditDetails.Transition(null, "NEW", "DRAFT", null)),
                AuditDetails.transitionOf(event(AuditAction.TRANSITION, "ENTERPRISE_REGISTRATION", "NEW → DRAFT")));
        assertEquals(Optional.of(new AuditDetails.Transition(null, "UNDER_REVIEW", "RETURNED", "地址: 不符")),
                AuditDetails.transitionOf(event(AuditAction.TRANSITION, "LEGAL_PERSON_CARD", "UNDER_REVIEW → RETURNED: 地址: 不符")));
    }

    @Test
    void filesAreReadBackWithSpacesInTheirNames() {
        String attached = AuditDetails.file(ApplicationKind.ENTERPRISE_REGISTRATION, 42L, "BUSINESS_LICENCE", "营业 执照 2026.pdf");
        assertEquals(Optional.of(new AuditDetails.File("ENTERPRISE_REGISTRATION", "42", "BUSINESS_LICENCE", "营业 执照 2026.pdf")),
                AuditDetails.fileOf(event(AuditAction.UPLOADED, "ATTACHMENT", attached), "ATTACHMENT"));
        String staged = AuditDetails.file(ApplicationKind.LEGAL_PERSON_CARD, null, "LEGAL_PERSON_ID", "身份证.png");
        assertEquals("staged", AuditDetails.fileOf(event(AuditAction.UPLOADED, "ATTACHMENT", staged), "ATTACHMENT")
                .orElseThrow().applicationId());
    }

    @Test
    void refusalsAreReadBackWithTheUrlOfARefusedPage() {
        assertEquals(Optional.of(new AuditDetails.Refusal("NOT_FOUND", null, null)), AuditDetails.refusalOf(
                event(AuditAction.ACCESS_REFUSED, "LEGAL_PERSON_CARD", AuditDetails.refusal(AccessRefusals.Answer.NOT_FOUND))));
        String page = AuditDetails.refusal(AccessRefusals.Answer.FORBIDDEN, "GET", "/eport/review/application?kind=A B&id=1");
        assertEquals(Optional.of(new AuditDetails.Refusal("FORBIDDEN", "GET", "/eport/review/application?kind=A B&id=1")),
                AuditDetails.refusalOf(event(AuditAction.ACCESS_REFUSED, AccessRefusals.URL_SUBJECT, page)));
        assertTrue(AuditDetails.refusalOf(event(AuditAction.DOWNLOADED, "ATTACHMENT", "NOT_FOUND")).isEmpty());
    }

    @Test
    void otherEntriesAreNotMistakenForThem() {
        assertTrue(AuditDetails.transitionOf(event(AuditAction.CHANGED, "ENTERPRISE_REGISTRATION", "DECLARE")).isEmpty());
        assertTrue(AuditDetails.transitionOf(event(AuditAction.TRANSITION, "ENTERPRISE_REGISTRATION", null)).isEmpty());
        assertTrue(AuditDetails.fileOf(event(AuditAction.UPLOADED, "ACCOUNT", "ENTERPRISE_REGISTRATION 1 X y"), "ATTACHMENT").isEmpty());
        assertTrue(AuditDetails.fileOf(event(AuditAction.LOGIN_REFUSED, "ATTACHMENT", "unknown username"), "ATTACHMENT").isEmpty());
    }

    @Test
    void sealedPdfsAreReadBackWithRoundAndHashOnlyFromTheirOwnActions() {
        String sha = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
        String detail = AuditDetails.sealed(2, sha);
        assertEquals(Optional.of(new AuditDetails.Sealed(2, sha)),
                AuditDetails.sealedOf(event(AuditAction.SEALED, "ENTERPRISE_REGISTRATION", detail)));
        assertEquals(Optional.of(new AuditDetails.Sealed(2, sha)),
                AuditDetails.sealedOf(event(AuditAction.SEALED_DOWNLOADED, "ENTERPRISE_REGISTRATION", detail)));
        assertTrue(AuditDetails.sealedOf(event(AuditAction.CHANGED, "ENTERPRISE_REGISTRATION", detail)).isEmpty());
        assertTrue(AuditDetails.sealedOf(event(AuditAction.SEALED, "ENTERPRISE_REGISTRATION", "2 not-a-hash")).isEmpty());
    }
}
