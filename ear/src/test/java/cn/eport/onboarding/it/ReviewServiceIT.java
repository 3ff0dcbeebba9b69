package cn.eport.onboarding.it;

import cn.eport.onboarding.attachment.AttachmentService;
import cn.eport.onboarding.audit.AuditAction;
import cn.eport.onboarding.audit.AuditEvent;
import cn.eport.onboarding.enterprise.EnterpriseRegistration;
import cn.eport.onboarding.enterprise.RegistrationDetails;
import cn.eport.onboarding.enterprise.RegistrationRules;
import cn.eport.onboarding.enterprise.RegistrationService;
import cn.eport.onboarding.enterprise.SaveOutcome;
import cn.eport.onboarding.review.AlreadyClaimedException;
import cn.eport.onboarding.review.NotClaimedByYouException;
import cn.eport.onboarding.review.OwnEnterpriseException;
import cn.eport.onboarding.review.ReturnReasonException;
import cn.eport.onboarding.review.ReviewItem;
import cn.eport.onboarding.review.ReviewQuery;
import cn.eport.onboarding.review.ReviewService;
import cn.eport.onboarding.time.DateRange;
import cn.eport.onboarding.workflow.ApplicationKind;
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

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static cn.eport.onboarding.workflow.ApplicationKind.ENTERPRISE_REGISTRATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The review console's service in the real server: the queue and its filters, claim, approve
 * and return by the assignee only, simultaneous claims, the own-enterprise rule, and what the
 * enterprise then sees.
 */
@ExtendWith(ArquillianExtension.class)
class ReviewServiceIT extends ActingUsers {

        private static final ApplicationKind K = ENTERPRISE_REGISTRATION;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(ReviewServiceIT.class);
    }

    @Inject
    private ReviewService reviews;

    @Inject
    private RegistrationService registrations;

    @Inject
    private AttachmentService attachments;

    /** Real customs districts that no other test names, one per test, so queue filters see only this test's records. */
    private static final List<String> UNUSED_DISTRICTS = List.of("9401", "9402", "9403", "9404", "4258", "2921", "0905", "0901");
    private static final java.util.concurrent.atomic.AtomicInteger NEXT_DISTRICT = new java.util.concurrent.atomic.AtomicInteger();

    private static String freshDistrict() {
        return UNUSED_DISTRICTS.get(NEXT_DISTRICT.getAndIncrement() % UNUSED_DISTRICTS.size());
    }

    private Long declaredByA(String district) throws Exception {
        SaveOutcome<RegistrationRules.Problem> out = a(() -> registrations.save(null, 0, UUID.randomUUID().toString(), TestData.completeRegistration(district), WorkflowAction.DECLARE));
        assertEquals(ApplicationStatus.DECLARED, out.status(), "declared: " + out.problems());
        return out.id();
    }

    private Long declaredByB(String district) throws Exception {
        SaveOutcome<RegistrationRules.Problem> out = b(() -> registrations.save(null, 0, UUID.randomUUID().toString(), TestData.completeRegistration(district), WorkflowAction.DECLARE));
        assertEquals(ApplicationStatus.DECLARED, out.status(), "declared: " + out.problems());
        return out.id();
    }

    private static ReviewQuery inDistrict(String district) {
        return new ReviewQuery(null, district, null);
    }

    private static List<Long> ids(List<ReviewItem> items) {
        return items.stream().map(ReviewItem::id).toList();
    }

    @Test
    void onlyReviewersMayUseIt() {
        assertThrows(EJBAccessException.class, () -> reviews.queueSize(ReviewQuery.ALL));
        assertThrows(EJBAccessException.class, () -> a(() -> reviews.queueSize(ReviewQuery.ALL)), "an enterprise user");
    }

    @Test
    void theQueueListsDeclaredApplicationsAndFiltersAndPagesThem() throws Exception {
        String district = freshDistrict();
        Long first = declaredByA(district);
        Long second = declaredByB(district);
        Long third = declaredByA(district);
        SaveOutcome<RegistrationRules.Problem> draft = a(() -> registrations.save(null, 0, UUID.randomUUID().toString(), TestData.completeRegistration(district), WorkflowAction.SAVE_DRAFT));

        ReviewQuery q = inDistrict(district);
        assertEquals(3, reviewer(() -> reviews.queueSize(q)), "declared ones only, not the draft " + draft.id());
        List<ReviewItem> all = reviewer(() -> reviews.queue(q, 0, 10));
        assertEquals(List.of(first, second, third), ids(all), "oldest declaration first");
        ReviewItem item = all.get(1);
        assertEquals(K, item.kind());
        assertEquals("91310115MA1K4XYW7G", item.enterpriseUscc());
        assertEquals("上海浦东示例国际物流有限公司", item.enterpriseName());
        assertEquals(district, item.customsDistrictCode());
        assertEquals(ApplicationStatus.DECLARED, item.status());
        assertNotNull(item.declaredAt());
        assertNull(item.assignee());

        // paged in the database, over one kind and over every kind
        assertEquals(List.of(first, second), ids(reviewer(() -> reviews.queue(new ReviewQuery(K, district, null), 0, 2))));
        assertEquals(List.of(third), ids(reviewer(() -> reviews.queue(new ReviewQuery(K, district, null), 2, 2))));
        assertEquals(List.of(second, third), ids(reviewer(() -> reviews.queue(q, 1, 2))));

        // filters
        assertEquals(0, reviewer(() -> reviews.queueSize(new ReviewQuery(ApplicationKind.LEGAL_PERSON_CARD, district, null))));
        LocalDate today = LocalDate.now();
        assertEquals(3, reviewer(() -> reviews.queueSize(new ReviewQuery(K, district,
                new DateRange(today.minusDays(1), today.plusDays(1))))));
        assertEquals(0, reviewer(() -> reviews.queueSize(new ReviewQuery(K, district,
                new DateRange(today.minusDays(30), today.minusDays(10))))), "declared before the range");
        assertEquals(0, reviewer(() -> reviews.queueSize(new ReviewQuery(K, district,
                new DateRange(today.plusDays(10), null)))), "declared after the range");
        assertFalse(ids(reviewer(() -> reviews.queue(inDistrict("0100"), 0, 1000))).contains(first), "another district");
        assertTrue(ids(reviewer(() -> reviews.queue(ReviewQuery.ALL, 0, 100_000))).containsAll(List.of(first, second, third)),
                "no filter: every declared application");
        assertThrows(IllegalArgumentException.class, () -> new ReviewQuery(K, district,
                new DateRange(today, today.minusDays(1))), "start after end is refused before any query (F-11)");
    }

    @Test
    void claimReturnResubmitApproveWithOnlyTheAssigneeDeciding() throws Exception {
        String district = freshDistrict();
        Long id = declaredByA(district);

        ReviewItem claimed = reviewer(() -> reviews.claim(K, id));
        assertEquals(ApplicationStatus.UNDER_REVIEW, claimed.status());
        assertEquals("reviewer", claimed.assignee());
        assertNotNull(claimed.claimedAt());
        assertEquals(0, reviewer(() -> reviews.queueSize(inDistrict(district))), "no longer in the queue");
        assertEquals(List.of(id), ids(reviewer(() -> reviews.myClaims(inDistrict(district), 0, 10))));
        assertEquals(List.of(), ids(second(() -> reviews.myClaims(inDistrict(district), 0, 10))));

        AlreadyClaimedException taken = assertThrows(AlreadyClaimedException.class, () -> second(() -> reviews.claim(K, id)));
        assertEquals("reviewer", taken.assignee());
        assertThrows(NotClaimedByYouException.class, () -> second(() -> reviews.approve(K, id)));
        assertThrows(NotClaimedByYouException.class, () -> second(() -> reviews.returnToEnterprise(K, id, "不是我的")));
        assertEquals(ReturnReasonException.Problem.MISSING, assertThrows(ReturnReasonException.class,
                () -> reviewer(() -> reviews.returnToEnterprise(K, id, "  "))).problem());
        assertEquals(ReturnReasonException.Problem.TOO_LONG, assertThrows(ReturnReasonException.class,
                () -> reviewer(() -> reviews.returnToEnterprise(K, id, "退".repeat(501)))).problem());
        assertEquals(ApplicationStatus.UNDER_REVIEW, reviewer(() -> reviews.item(K, id)).status(), "refusals change nothing");

        String reason = "注册资金与营业执照不符，请核对后重新申报";
        ReviewItem returned = reviewer(() -> reviews.returnToEnterprise(K, id, " " + reason + " "));
        assertEquals(ApplicationStatus.RETURNED, returned.status());
        assertNull(returned.assignee(), "the review round is over");
        assertThrows(IllegalTransitionException.class, () -> reviewer(() -> reviews.approve(K, id)));
        assertEquals(List.of(), ids(reviewer(() -> reviews.myClaims(inDistrict(district), 0, 10))));

        // the enterprise sees the outcome and the reason, modifies and declares again
        EnterpriseRegistration seen = a(() -> registrations.find(id));
        assertEquals(ApplicationStatus.RETURNED, seen.getStatus());
        assertEquals(reason, a(() -> registrations.returnReason(id)).orElseThrow());
        RegistrationDetails corrected = TestData.completeRegistration(district);
        corrected.setRegisteredCapital(new BigDecimal("800"));
        SaveOutcome<RegistrationRules.Problem> again = a(() -> registrations.save(id, seen.getVersion(), UUID.randomUUID().toString(), corrected,
                WorkflowAction.DECLARE));
        assertEquals(ApplicationStatus.DECLARED, again.status());
        List<ReviewItem> queue = reviewer(() -> reviews.queue(inDistrict(district), 0, 10));
        assertEquals(List.of(id), ids(queue), "back in the queue");
        assertNull(queue.get(0).assignee());

        // another reviewer takes this round and approves
        assertEquals(RunAsReviewer.SECOND, second(() -> reviews.claim(K, id)).assignee());
        assertThrows(NotClaimedByYouException.class, () -> reviewer(() -> reviews.approve(K, id)), "no longer the assignee");
        assertEquals(ApplicationStatus.APPROVED, second(() -> reviews.approve(K, id)).status());
        assertEquals(ApplicationStatus.APPROVED, a(() -> registrations.find(id)).getStatus());
        assertThrows(IllegalTransitionException.class, () -> second(() -> reviews.claim(K, id)), "decided");

        List<HistoryEntry> history = reviewer(() -> reviews.history(K, id));
        assertEquals(List.of("null>DECLARED:ent-a", "DECLARED>UNDER_REVIEW:reviewer", "UNDER_REVIEW>RETURNED:reviewer",
                        "RETURNED>DECLARED:ent-a", "DECLARED>UNDER_REVIEW:it-reviewer-2", "UNDER_REVIEW>APPROVED:it-reviewer-2"),
                history.stream().map(t -> t.from() + ">" + t.to() + ":" + t.actor()).toList());
        assertEquals(reason, history.get(2).reason());
        assertEquals(List.of("张伟（北京海淀示例）", "王审核", "王审核", "张伟（北京海淀示例）", "第二审核员", "第二审核员"),
                history.stream().map(HistoryEntry::actorName).toList(), "the display names, read with the history");
        List<AuditEvent> audit = reviewer(() -> reviews.auditTrail(K, id));
        List<String> transitions = audit.stream().filter(e -> e.getAction() == AuditAction.TRANSITION)
                .map(e -> e.getActor() + " " + e.getDetail()).toList();
        assertEquals(6, transitions.size(), transitions.toString());
        assertTrue(transitions.contains("reviewer RETURN UNDER_REVIEW → RETURNED: " + reason), transitions.toString());
        assertTrue(transitions.contains("it-reviewer-2 APPROVE UNDER_REVIEW → APPROVED"), transitions.toString());
    }

    @Test
    void theAuditTrailOfAnApplicationHasItsAttachmentsUploadsAndDownloads() throws Exception {
        String district = freshDistrict();
        byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        Long id = a(() -> {
            Long draft = registrations.save(null, 0, UUID.randomUUID().toString(), TestData.completeRegistration(district),
                    WorkflowAction.SAVE_DRAFT).id();
            attachments.upload(K, draft, "BUSINESS_LICENCE", "营业执照.pdf", pdf);
            EnterpriseRegistration saved = registrations.find(draft);
            registrations.save(draft, saved.getVersion(), UUID.randomUUID().toString(), TestData.completeRegistration(district),
                    WorkflowAction.DECLARE);
            return draft;
        });
        Long file = reviewer(() -> attachments.list(K, id)).get(0).getId();
        reviewer(() -> attachments.download(file));

        List<AuditEvent> trail = reviewer(() -> reviews.auditTrail(K, id));
        List<String> entries = trail.stream().map(e -> e.getActor() + " " + e.getAction()).toList();
        // the 申报 is sealed (issue 12): its SEALED entry follows the change it sealed
        assertEquals(List.of("reviewer DOWNLOADED", "ent-a SEALED", "ent-a CHANGED", "ent-a TRANSITION", "ent-a UPLOADED",
                        "ent-a TRANSITION"), entries, "newest first, the application's and its attachment's entries together");
        assertTrue(trail.get(4).getDetail().contains("营业执照.pdf"), trail.get(4).getDetail());
    }

    @Test
    void theAuditTrailKeepsFilesStagedOnTheNewFormAndFilesDeletedSince() throws Exception {
        String district = freshDistrict();
        byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        String formKey = UUID.randomUUID().toString();
        Long staged = a(() -> attachments.uploadStaged(K, formKey, "BUSINESS_LICENCE", "先传的执照.pdf", pdf)).getId();
        Long id = a(() -> registrations.save(null, 0, formKey, TestData.completeRegistration(district), WorkflowAction.SAVE_DRAFT).id());
        Long wrong = a(() -> attachments.upload(K, id, "BUSINESS_LICENCE", "传错的文件.pdf", pdf)).getId();
        a(() -> {
            attachments.delete(wrong);
            return null;
        });
        // another application's file never shows in this one's trail
        Long other = a(() -> registrations.save(null, 0, UUID.randomUUID().toString(), TestData.completeRegistration(district),
                WorkflowAction.SAVE_DRAFT).id());
        Long otherFile = a(() -> attachments.upload(K, other, "BUSINESS_LICENCE", "别的申请.pdf", pdf)).getId();
        // reviewers see it from its 申报 on, with everything before
        a(() -> registrations.save(id, registrations.find(id).getVersion(), UUID.randomUUID().toString(),
                TestData.completeRegistration(district), WorkflowAction.DECLARE));

        List<String> fileEntries = reviewer(() -> reviews.auditTrail(K, id)).stream()
                .filter(e -> AttachmentService.SUBJECT_TYPE.equals(e.getSubjectType()))
                .map(e -> e.getSubjectId() + " " + e.getAction()).toList();
        assertEquals(List.of(wrong + " DELETED", wrong + " UPLOADED", staged + " CHANGED", staged + " UPLOADED"), fileEntries,
                "the staged file's upload and attachment, the deleted file's upload and deletion, newest first");
        assertFalse(fileEntries.stream().anyMatch(e -> e.startsWith(otherFile + " ")), fileEntries.toString());
    }

    @Test
    void aReviewerCannotReviewTheirOwnEnterprisesApplications() throws Exception {
        String district = freshDistrict();
        Long ofA = declaredByA(district);
        assertThrows(OwnEnterpriseException.class, () -> reviewerOfA(() -> reviews.claim(K, ofA)));
        assertEquals(ApplicationStatus.DECLARED, reviewer(() -> reviews.item(K, ofA)).status(), "unchanged");

        reviewer(() -> reviews.claim(K, ofA));
        assertThrows(OwnEnterpriseException.class, () -> reviewerOfA(() -> reviews.approve(K, ofA)));
        assertThrows(OwnEnterpriseException.class, () -> reviewerOfA(() -> reviews.returnToEnterprise(K, ofA, "理由")));
        assertEquals(ApplicationStatus.UNDER_REVIEW, reviewer(() -> reviews.item(K, ofA)).status());

        // the same reviewer reviews other enterprises' applications normally
        Long ofB = declaredByB(district);
        assertEquals(RunAsReviewer.OF_ENT_A, reviewerOfA(() -> reviews.claim(K, ofB)).assignee());
        assertEquals(ApplicationStatus.APPROVED, reviewerOfA(() -> reviews.approve(K, ofB)).status());
    }

    @Test
    void ofTwoSimultaneousClaimsExactlyOneWins() throws Exception {
        String district = freshDistrict();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                Long id = declaredByA(district);
                CountDownLatch start = new CountDownLatch(1);
                Future<RunAsEnterpriseUser.Attempt<ReviewItem>> one = pool.submit(() -> {
                    start.await();
                    return asReviewer.attempt(() -> reviews.claim(K, id));
                });
                Future<RunAsEnterpriseUser.Attempt<ReviewItem>> two = pool.submit(() -> {
                    start.await();
                    return asSecond.attempt(() -> reviews.claim(K, id));
                });
                start.countDown();
                List<RunAsEnterpriseUser.Attempt<ReviewItem>> attempts = List.of(one.get(60, TimeUnit.SECONDS), two.get(60, TimeUnit.SECONDS));
                List<String> winners = new ArrayList<>();
                for (RunAsEnterpriseUser.Attempt<ReviewItem> attempt : attempts) {
                    if (attempt.failure() == null) {
                        winners.add(attempt.value().assignee());
                    } else {
                        assertInstanceOf(AlreadyClaimedException.class, attempt.failure(), "round " + round);
                    }
                }
                assertEquals(1, winners.size(), "round " + round + ": " + attempts);
                ReviewItem stored = reviewer(() -> reviews.item(K, id));
                assertEquals(ApplicationStatus.UNDER_REVIEW, stored.status());
                assertEquals(winners.get(0), stored.assignee());
                assertEquals(1, reviewer(() -> reviews.history(K, id)).stream()
                        .filter(t -> t.action() == WorkflowAction.CLAIM).count(), "one claim recorded");
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
