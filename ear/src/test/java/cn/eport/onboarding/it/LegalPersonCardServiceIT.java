package cn.eport.onboarding.it;

import cn.eport.onboarding.attachment.Attachment;
import cn.eport.onboarding.attachment.AttachmentRefusedException;
import cn.eport.onboarding.attachment.AttachmentService;
import cn.eport.onboarding.card.CardDetails;
import cn.eport.onboarding.card.LegalPersonCard;
import cn.eport.onboarding.card.LegalPersonCardNotFoundException;
import cn.eport.onboarding.card.LegalPersonCardRules;
import cn.eport.onboarding.card.LegalPersonCardService;
import cn.eport.onboarding.enterprise.ConcurrentChangeException;
import cn.eport.onboarding.enterprise.RegistrationRules;
import cn.eport.onboarding.enterprise.RegistrationService;
import cn.eport.onboarding.enterprise.SaveOutcome;
import cn.eport.onboarding.review.ReviewItem;
import cn.eport.onboarding.review.ReviewQuery;
import cn.eport.onboarding.review.ReviewService;
import cn.eport.onboarding.validation.Reason;
import cn.eport.onboarding.validation.ValidationProblem;
import cn.eport.onboarding.workflow.ApplicationStatus;
import cn.eport.onboarding.workflow.HistoryEntry;
import cn.eport.onboarding.workflow.IllegalTransitionException;
import cn.eport.onboarding.workflow.WorkflowAction;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.UUID;

import static cn.eport.onboarding.workflow.ApplicationKind.ENTERPRISE_REGISTRATION;
import static cn.eport.onboarding.workflow.ApplicationKind.LEGAL_PERSON_CARD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 补办法人卡 (F-60, F-61) in the real server: tenant scoping, resubmission, concurrent edits, the state
 * machine (delete only drafts, review, return, declare again), attachments and the review queue.
 */
@ExtendWith(ArquillianExtension.class)
class LegalPersonCardServiceIT extends ActingUsers {

    /** A real customs district no other test names: the review queue filtered by it shows this test's cards only. */
    private static final String DISTRICT = "0602";
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4, 5, 6, 7, 8};

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(LegalPersonCardServiceIT.class);
    }

    @Inject
    private LegalPersonCardService cards;

    @Inject
    private RegistrationService registrations;

    @Inject
    private ReviewService reviews;

    @Inject
    private AttachmentService attachments;

    private SaveOutcome<LegalPersonCardRules.Problem> saveAsA(Long id, long version, CardDetails details, WorkflowAction action) throws Exception {
        return a(() -> cards.save(id, version, UUID.randomUUID().toString(), details, action));
    }

    private SaveOutcome<LegalPersonCardRules.Problem> draftOfA() throws Exception {
        SaveOutcome<LegalPersonCardRules.Problem> draft = saveAsA(null, 0, TestData.completeCard(), WorkflowAction.SAVE_DRAFT);
        assertTrue(draft.saved(), draft.problems().toString());
        return draft;
    }

    @Test
    void onlyLoggedInEnterpriseUsersMayUseIt() {
        assertThrows(EJBAccessException.class, () -> cards.find(1L));
        assertThrows(EJBAccessException.class, () -> reviewer(() -> cards.save(null, 0, UUID.randomUUID().toString(),
                TestData.completeCard(), WorkflowAction.SAVE_DRAFT)));
    }

    @Test
    void anApplicationBelongsToTheCallersEnterpriseOnly() throws Exception {
        SaveOutcome<LegalPersonCardRules.Problem> draft = draftOfA();
        LegalPersonCard mine = a(() -> cards.find(draft.id()));
        assertEquals("91110108MA01ABCD5T", mine.getEnterpriseUscc());
        assertEquals("张伟", mine.getLegalPerson(), "the legal person comes from the account's enterprise");

        assertThrows(LegalPersonCardNotFoundException.class, () -> b(() -> cards.find(draft.id())));
        assertThrows(LegalPersonCardNotFoundException.class, () -> b(() -> cards.history(draft.id())));
        assertThrows(LegalPersonCardNotFoundException.class, () -> b(() -> cards.returnReason(draft.id())));
        CardDetails theirs = TestData.completeCard();
        theirs.setContactName("乙公司");
        assertThrows(LegalPersonCardNotFoundException.class, () -> b(() -> cards.save(draft.id(), draft.version(),
                UUID.randomUUID().toString(), theirs, WorkflowAction.DECLARE)));
        assertThrows(LegalPersonCardNotFoundException.class, () -> b(() -> {
            cards.delete(draft.id(), draft.version());
            return null;
        }));
        AttachmentRefusedException upload = assertThrows(AttachmentRefusedException.class,
                () -> b(() -> attachments.upload(LEGAL_PERSON_CARD, draft.id(), "LEGAL_PERSON_ID", "id.png", PNG)));
        assertEquals(AttachmentRefusedException.Reason.NOT_FOUND, upload.reason());

        LegalPersonCard unchanged = a(() -> cards.find(draft.id()));
        assertEquals(ApplicationStatus.DRAFT, unchanged.getStatus());
        assertEquals("张伟", unchanged.getDetails().getContactName());
        assertEquals(draft.version(), unchanged.getVersion());
    }

    @Test
    void theOwnerAttachesTheLegalPersonsIdDocument() throws Exception {
        SaveOutcome<LegalPersonCardRules.Problem> draft = draftOfA();
        Attachment attached = a(() -> attachments.upload(LEGAL_PERSON_CARD, draft.id(), "LEGAL_PERSON_ID", "身份证.png", PNG));
        assertEquals(List.of(attached.getId()), a(() -> attachments.list(LEGAL_PERSON_CARD, draft.id())).stream()
                .map(Attachment::getId).toList());
        a(() -> {
            cards.delete(draft.id(), draft.version());
            return null;
        });
        assertEquals(AttachmentRefusedException.Reason.NOT_FOUND, assertThrows(AttachmentRefusedException.class,
                () -> a(() -> attachments.download(attached.getId()))).reason(), "the attachments go with the draft");
    }

    @Test
    void aResentSubmissionCreatesAndChangesNothingTwice() throws Exception {
        String token = UUID.randomUUID().toString();
        SaveOutcome<LegalPersonCardRules.Problem> first = a(() -> cards.save(null, 0, token, TestData.completeCard(), WorkflowAction.SAVE_DRAFT));
        SaveOutcome<LegalPersonCardRules.Problem> again = a(() -> cards.save(null, 0, token, TestData.completeCard(), WorkflowAction.SAVE_DRAFT));
        assertEquals(first.id(), again.id());
        assertEquals(first.version(), again.version());

        String declareToken = UUID.randomUUID().toString();
        SaveOutcome<LegalPersonCardRules.Problem> declared = a(() -> cards.save(first.id(), first.version(), declareToken, TestData.completeCard(), WorkflowAction.DECLARE));
        SaveOutcome<LegalPersonCardRules.Problem> declaredAgain = a(() -> cards.save(first.id(), first.version(), declareToken, TestData.completeCard(), WorkflowAction.DECLARE));
        assertEquals(ApplicationStatus.DECLARED, declaredAgain.status());
        assertEquals(declared.version(), declaredAgain.version(), "the resent 申报 changed nothing");
        assertEquals(List.of("null>DRAFT", "DRAFT>DECLARED"), a(() -> cards.history(first.id())).stream()
                .map(t -> t.from() + ">" + t.to()).toList(), "one transition each");
    }

    @Test
    void aChangeFromAnOldFormIsRefusedNotSilentlyApplied() throws Exception {
        SaveOutcome<LegalPersonCardRules.Problem> draft = draftOfA();
        CardDetails mine = TestData.completeCard();
        mine.setContactName("王五");
        saveAsA(draft.id(), draft.version(), mine, WorkflowAction.SAVE_DRAFT);

        CardDetails stale = TestData.completeCard();
        stale.setContactName("赵六");
        assertThrows(ConcurrentChangeException.class, () -> saveAsA(draft.id(), draft.version(), stale, WorkflowAction.SAVE_DRAFT));
        assertThrows(ConcurrentChangeException.class, () -> a(() -> {
            cards.delete(draft.id(), draft.version());
            return null;
        }), "nor deleted from an old list");
        assertEquals("王五", a(() -> cards.find(draft.id())).getDetails().getContactName());
    }

    @Test
    void onlyADraftCanBeDeletedAndThenItIsGone() throws Exception {
        SaveOutcome<LegalPersonCardRules.Problem> draft = draftOfA();
        SaveOutcome<LegalPersonCardRules.Problem> declared = saveAsA(draft.id(), draft.version(), TestData.completeCard(), WorkflowAction.DECLARE);
        assertEquals(ApplicationStatus.DECLARED, declared.status());
        assertThrows(IllegalTransitionException.class, () -> a(() -> {
            cards.delete(declared.id(), declared.version());
            return null;
        }));
        assertEquals(ApplicationStatus.DECLARED, a(() -> cards.find(declared.id())).getStatus());
        assertThrows(IllegalTransitionException.class, () -> saveAsA(declared.id(), declared.version(), TestData.completeCard(),
                WorkflowAction.SAVE_DRAFT), "declared: view only");

        SaveOutcome<LegalPersonCardRules.Problem> other = draftOfA();
        a(() -> {
            cards.delete(other.id(), other.version());
            return null;
        });
        assertThrows(LegalPersonCardNotFoundException.class, () -> a(() -> cards.find(other.id())));
    }

    @Test
    void declaringChecksTheIdNumberAndKeepsNothingHalfSaved() throws Exception {
        SaveOutcome<LegalPersonCardRules.Problem> draft = draftOfA();
        CardDetails wrong = TestData.completeCard();
        wrong.setIdNumber("110101199003070021");
        wrong.setContactPhone(null);
        SaveOutcome<LegalPersonCardRules.Problem> refused = saveAsA(draft.id(), draft.version(), wrong, WorkflowAction.DECLARE);
        assertFalse(refused.saved());
        assertEquals(List.of(LegalPersonCardRules.Field.ID_NUMBER, LegalPersonCardRules.Field.CONTACT_PHONE),
                refused.problems().stream().map(LegalPersonCardRules.Problem::field).toList());
        assertEquals(Reason.CHECK_CHARACTER, assertInstanceOf(ValidationProblem.class, refused.problems().get(0).detail()).reason());
        LegalPersonCard unchanged = a(() -> cards.find(draft.id()));
        assertEquals(ApplicationStatus.DRAFT, unchanged.getStatus());
        assertEquals("11010119900307002X", unchanged.getDetails().getIdNumber());

        CardDetails unknownType = TestData.completeCard();
        unknownType.setIdTypeCode("299"); // neither in the ID type table nor known to the validators
        assertEquals(new LegalPersonCardRules.Problem(LegalPersonCardRules.Field.ID_TYPE, LegalPersonCardRules.ID_TYPE_NOT_CHECKED),
                saveAsA(draft.id(), draft.version(), unknownType, WorkflowAction.SAVE_DRAFT).problems().get(0),
                "only ID types whose numbers can be checked may be chosen");
    }

    /**
     * The card is filed under the 主管海关 of the enterprise's approved 三证合一 record; reviewers find
     * it in the queue, return it with a reason the enterprise sees, and it can be declared again.
     */
    @Test
    void aDeclaredCardIsReviewedLikeEveryApplication() throws Exception {
        SaveOutcome<RegistrationRules.Problem> registration = a(() -> registrations.save(null, 0, UUID.randomUUID().toString(),
                TestData.completeRegistration(DISTRICT), WorkflowAction.DECLARE));
        reviewer(() -> reviews.claim(ENTERPRISE_REGISTRATION, registration.id()));
        reviewer(() -> reviews.approve(ENTERPRISE_REGISTRATION, registration.id()));
        assertEquals(DISTRICT, a(() -> cards.registeredCustomsDistrict()).orElseThrow());

        CardDetails chosenElsewhere = TestData.completeCard();
        chosenElsewhere.setCustomsDistrictCode("0100");
        SaveOutcome<LegalPersonCardRules.Problem> declared = saveAsA(null, 0, chosenElsewhere, WorkflowAction.DECLARE);
        LegalPersonCard card = a(() -> cards.find(declared.id()));
        assertEquals(DISTRICT, card.getDetails().getCustomsDistrictCode(), "the district of the 三证合一 record wins");
        assertEquals("0600", card.getDetails().getCardIssuerCode(), "海拉尔海关 cards are issued by 满洲里");

        ReviewQuery inDistrict = new ReviewQuery(LEGAL_PERSON_CARD, DISTRICT, null);
        List<ReviewItem> queue = reviewer(() -> reviews.queue(inDistrict, 0, 100));
        ReviewItem item = queue.stream().filter(i -> i.id().equals(declared.id())).findFirst().orElseThrow();
        assertEquals("北京海淀示例进出口贸易有限公司", item.enterpriseName());
        assertEquals(LEGAL_PERSON_CARD, item.kind());

        reviewer(() -> reviews.claim(LEGAL_PERSON_CARD, declared.id()));
        assertEquals(ApplicationStatus.UNDER_REVIEW, a(() -> cards.find(declared.id())).getStatus());
        assertFalse(a(() -> cards.allowedActions(cards.find(declared.id()))).contains(WorkflowAction.MODIFY), "under review: view only");
        reviewer(() -> reviews.returnToEnterprise(LEGAL_PERSON_CARD, declared.id(), "身份证件照片不清晰，请重新上传"));

        LegalPersonCard returned = a(() -> cards.find(declared.id()));
        assertEquals(ApplicationStatus.RETURNED, returned.getStatus());
        assertEquals("身份证件照片不清晰，请重新上传", a(() -> cards.returnReason(declared.id())).orElseThrow());
        SaveOutcome<LegalPersonCardRules.Problem> again = saveAsA(returned.getId(), returned.getVersion(), TestData.completeCard(), WorkflowAction.DECLARE);
        assertEquals(ApplicationStatus.DECLARED, again.status());
        List<HistoryEntry> history = a(() -> cards.history(declared.id()));
        assertEquals(List.of("null>DECLARED", "DECLARED>UNDER_REVIEW", "UNDER_REVIEW>RETURNED", "RETURNED>DECLARED"),
                history.stream().map(t -> t.from() + ">" + t.to()).toList());
        assertEquals("reviewer", history.get(2).actor());
    }
}
