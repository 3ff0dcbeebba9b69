package cn.eport.onboarding.it.security;

import cn.eport.onboarding.attachment.Attachment;
import cn.eport.onboarding.attachment.AttachmentRefusedException;
import cn.eport.onboarding.audit.AuditEvent;
import cn.eport.onboarding.it.RunAsReviewer;
import cn.eport.onboarding.review.ReviewItemNotFoundException;
import cn.eport.onboarding.workflow.ApplicationKind;
import cn.eport.onboarding.workflow.ApplicationStatus;
import cn.eport.onboarding.workflow.WorkflowAction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reviewers see an application from its first 申报 on, in the services (issue 8 point 3): a draft of
 * either kind, with its facts, files, history and audit trail, is to a reviewer exactly what an id that
 * does not exist is, and the refused lookup is audited; once declared it is the review's, also while
 * returned and changed again by the enterprise.
 */
@ExtendWith(ArquillianExtension.class)
class DraftVisibilityIT extends ApplicationsOfA {

    @Deployment
    static EnterpriseArchive deployment() {
        return earWith(DraftVisibilityIT.class);
    }

    @Test
    void aRegistrationDraftIsToAReviewerWhatAnIdThatDoesNotExistIsUntilItIsDeclared() throws Exception {
        draftIsLikeNoneUntilDeclared(ApplicationKind.ENTERPRISE_REGISTRATION);
    }

    @Test
    void aCardDraftIsToAReviewerWhatAnIdThatDoesNotExistIsUntilItIsDeclared() throws Exception {
        draftIsLikeNoneUntilDeclared(ApplicationKind.LEGAL_PERSON_CARD);
    }

    @Test
    void anOperatorDraftIsToAReviewerWhatAnIdThatDoesNotExistIsUntilItIsDeclared() throws Exception {
        draftIsLikeNoneUntilDeclared(ApplicationKind.OPERATOR);
    }

    @Test
    void aReturnedOperatorStaysTheReviewsWhileTheEnterpriseChangesIt() throws Exception {
        returnedStaysVisible(ApplicationKind.OPERATOR);
    }

    @Test
    void aReturnedRegistrationStaysTheReviewsWhileTheEnterpriseChangesIt() throws Exception {
        returnedStaysVisible(ApplicationKind.ENTERPRISE_REGISTRATION);
    }

    @Test
    void aReturnedCardStaysTheReviewsWhileTheEnterpriseChangesIt() throws Exception {
        returnedStaysVisible(ApplicationKind.LEGAL_PERSON_CARD);
    }

    private void draftIsLikeNoneUntilDeclared(ApplicationKind kind) throws Exception {
        Filed draft = draftOfA(kind);
        Filed none = new Filed(kind, draft.id() + 1_000_000_000L, draft.file() + 1_000_000_000L, null);
        Instant from = Instant.now();
        for (Filed asked : List.of(draft, none)) {
            for (Callable<?> call : everythingAReviewerAsks(asked)) {
                assertThrows(ReviewItemNotFoundException.class, () -> reviewer(call), asked.toString());
            }
            refusedFile(() -> reviewer(() -> attachments.list(kind, asked.id())));
            refusedFile(() -> reviewer(() -> attachments.download(asked.file())));
            for (Callable<?> call : everythingAReviewerAsks(asked)) {
                assertThrows(ReviewItemNotFoundException.class, () -> reviewerOfA(call), "also to a reviewer of the enterprise");
            }
        }
        assertEquals(ApplicationStatus.DRAFT, a(() -> service(kind).find(draft.id())).getStatus(), "nothing changed");

        List<Refusal> refused = refusals(RunAsReviewer.REVIEWER, kind.name(), String.valueOf(draft.id()));
        oncePerMinute(refused, from, "the reviewer's lookups of the draft");
        assertEquals(new Refusal(refused.get(0).at(), "NOT_FOUND", USCC_OF_A), refused.get(0), "whose draft was asked for");
        oncePerMinute(refusals(RunAsReviewer.REVIEWER, "ATTACHMENT", String.valueOf(draft.file())), from, "the draft's file");
        assertEquals(null, refusals(RunAsReviewer.REVIEWER, kind.name(), String.valueOf(none.id())).get(0).enterpriseUscc(),
                "no enterprise for an id that does not exist");

        declareAsA(draft);
        assertEquals(ApplicationStatus.DECLARED, reviewer(() -> reviews.item(kind, draft.id())).status());
        assertEquals(draft.id(), reviewer(() -> reviews.details(kind, draft.id())).getId());
        assertEquals(List.of("null>DRAFT", "DRAFT>DECLARED"), reviewer(() -> reviews.history(kind, draft.id())).stream()
                .map(t -> t.from() + ">" + t.to()).toList(), "the drafting history comes with the declaration");
        assertTrue(reviewer(() -> reviews.auditTrail(kind, draft.id())).stream().map(AuditEvent::getDetail)
                .anyMatch(d -> d != null && d.contains(draft.fileName())), "the file's upload while it was a draft");
        assertEquals(List.of(draft.fileName()), reviewer(() -> attachments.list(kind, draft.id())).stream()
                .map(Attachment::getDisplayName).toList());
        assertArrayEquals(PDF, reviewer(() -> attachments.download(draft.file())).content());
    }

    private void returnedStaysVisible(ApplicationKind kind) throws Exception {
        Filed filed = draftOfA(kind);
        declareAsA(filed);
        reviewer(() -> reviews.claim(kind, filed.id()));
        reviewer(() -> reviews.returnToEnterprise(kind, filed.id(), "请补充材料"));
        Long added = a(() -> {
            save(kind, filed.id(), service(kind).find(filed.id()).getVersion(), WorkflowAction.SAVE_DRAFT);
            return attachments.upload(kind, filed.id(), documentType(kind), "补充材料.pdf", PDF).getId();
        });
        assertEquals(ApplicationStatus.RETURNED, reviewer(() -> reviews.item(kind, filed.id())).status(), "暂存 keeps it returned");
        assertEquals(List.of(filed.file(), added), reviewer(() -> attachments.list(kind, filed.id())).stream().map(Attachment::getId).toList());
        assertArrayEquals(PDF, reviewer(() -> attachments.download(added)).content());
        declareAsA(filed);
        assertEquals(ApplicationStatus.DECLARED, reviewer(() -> reviews.item(kind, filed.id())).status(), "resubmitted");
    }

    /** Everything the review console asks about an application: item, facts, history, audit trail, and 认领. */
    private List<Callable<?>> everythingAReviewerAsks(Filed asked) {
        ApplicationKind kind = asked.kind();
        Long id = asked.id();
        return List.of(() -> reviews.item(kind, id), () -> reviews.details(kind, id), () -> reviews.history(kind, id),
                () -> reviews.auditTrail(kind, id), () -> reviews.claim(kind, id));
    }

    private static void refusedFile(Executable call) {
        assertEquals(AttachmentRefusedException.Reason.NOT_FOUND, assertThrows(AttachmentRefusedException.class, call).reason());
    }
}
