package cn.eport.onboarding.it;

import cn.eport.onboarding.directory.FilingKind;
import cn.eport.onboarding.directory.FilingSystem;
import cn.eport.onboarding.directory.ForexDeregistration;
import cn.eport.onboarding.directory.ForexEnterpriseRecord;
import cn.eport.onboarding.directory.PendingFiling;
import cn.eport.onboarding.directory.table.ForexDeregistrationEntry;
import cn.eport.onboarding.directory.table.ForexEnterpriseEntry;
import cn.eport.onboarding.directory.table.PendingFilingEntry;
import cn.eport.onboarding.enterprise.ConcurrentChangeException;
import cn.eport.onboarding.enterprise.SaveOutcome;
import cn.eport.onboarding.filing.FilingCheck;
import cn.eport.onboarding.filing.FilingObstacle;
import cn.eport.onboarding.filing.FilingRefusedException;
import cn.eport.onboarding.forex.DirectoryComparison;
import cn.eport.onboarding.forex.DirectoryMatch;
import cn.eport.onboarding.forex.ForexFiling;
import cn.eport.onboarding.forex.ForexFilingDetails;
import cn.eport.onboarding.forex.ForexFilingNotFoundException;
import cn.eport.onboarding.forex.ForexFilingRules;
import cn.eport.onboarding.forex.ForexFilingService;
import cn.eport.onboarding.forex.MatchedField;
import cn.eport.onboarding.review.ReviewItem;
import cn.eport.onboarding.review.ReviewQuery;
import cn.eport.onboarding.review.ReviewService;
import cn.eport.onboarding.status.ApplicationSummary;
import cn.eport.onboarding.status.StatusQuery;
import cn.eport.onboarding.status.StatusQueryService;
import cn.eport.onboarding.workflow.ApplicationStatus;
import cn.eport.onboarding.workflow.HistoryEntry;
import cn.eport.onboarding.workflow.WorkflowAction;
import cn.eport.onboarding.workflow.WorkflowService;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import static cn.eport.onboarding.workflow.ApplicationKind.FOREX_FILING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 企业外汇备案授权 (F-40..F-43) in the real server, each test with an enterprise of its own: approved at
 * once when the forex enterprise directory confirms it (F-42), to review when it differs or does not
 * list the enterprise, the preconditions of F-41 in their order, one filing per enterprise, a stale
 * version refused, and another enterprise's filing not found.
 */
@ExtendWith(ArquillianExtension.class)
class ForexFilingServiceIT extends ActingUsers {

    /** A customs district no other test files under: the review queue filtered by it shows this test's filings. */
    private static final String DISTRICT = "4700";
    private static final String BUREAU = "110000";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(ForexFilingServiceIT.class);
    }

    @Inject
    private FilingFixtures fixtures;

    @Inject
    private ForexFilingService forex;

    @Inject
    private ReviewService reviews;

    @Inject
    private StatusQueryService statusQuery;

    private static ForexFilingDetails complete(String bureau) {
        ForexFilingDetails d = new ForexFilingDetails();
        d.setForexBureauCode(bureau);
        d.setBusinessScope("货物进出口；技术进出口。");
        d.setContactName("王芳");
        d.setContactPhone("010-62345678");
        d.setContactEmail("wang.fang@example.com");
        return d;
    }

    private SaveOutcome<ForexFilingRules.Problem> file(Long id, long version, ForexFilingDetails details, WorkflowAction action) throws Exception {
        SaveOutcome<ForexFilingRules.Problem> outcome = filer(() -> forex.save(id, version, UUID.randomUUID().toString(), details, action));
        assertTrue(outcome.saved(), outcome.problems().toString());
        return outcome;
    }

    private static FilingCheck.Blocked blocked(FilingObstacle obstacle, Exception refusal) {
        FilingCheck.Blocked check = assertInstanceOf(FilingCheck.Blocked.class, assertInstanceOf(FilingRefusedException.class, refusal).check());
        assertEquals(obstacle, check.obstacle());
        return check;
    }

    @Test
    void onlyEnterpriseUsersFile() {
        assertThrows(EJBAccessException.class, () -> forex.check());
        assertThrows(EJBAccessException.class, () -> reviewer(() -> forex.save(null, 0, UUID.randomUUID().toString(),
                complete(BUREAU), WorkflowAction.SAVE_DRAFT)));
    }

    @Test
    void aFilingTheDirectoryConfirmsIsApprovedAtOnceWithItsNumber() throws Exception {
        String uscc = fixtures.newEnterprise("外汇测试（北京）示例贸易有限公司", "赵敏");
        Long registration = fixtures.joinThroughRegistration(DISTRICT);
        // the directory writes the name with half-width brackets and a space: the same name (ADR 0017)
        fixtures.seed(new ForexEnterpriseEntry(new ForexEnterpriseRecord(uscc, "外汇测试(北京) 示例贸易有限公司", "赵敏", BUREAU), Instant.now()));
        assertTrue(filer(() -> forex.check()).isClear());

        ForexFilingDetails typed = complete(BUREAU);
        typed.setRegisteredAddress("浏览器送来的地址");
        typed.setCustomsDistrictCode("0100");
        SaveOutcome<ForexFilingRules.Problem> declared = file(null, 0, typed, WorkflowAction.DECLARE);
        assertEquals(ApplicationStatus.APPROVED, declared.status());

        ForexFiling filing = filer(() -> forex.current()).orElseThrow();
        assertEquals(declared.id(), filing.getId());
        assertEquals(ApplicationStatus.APPROVED, filing.getStatus());
        assertTrue(filing.getFilingNumber().matches(BUREAU + "\\d{4}\\d{6,}"), filing.getFilingNumber());
        assertNotNull(filing.getApprovedAt());
        assertEquals("北京市海淀区中关村大街1号", filing.getDetails().getRegisteredAddress(), "注册地址 from the 三证合一 record");
        assertEquals(DISTRICT, filing.getDetails().getCustomsDistrictCode(), "the district of the 三证合一 record, not the browser's");
        DirectoryComparison comparison = filing.getDirectoryComparison();
        assertEquals(DirectoryMatch.Outcome.MATCHED, comparison.getOutcome());
        assertEquals(EnumSet.noneOf(MatchedField.class), comparison.getDifferences());

        List<HistoryEntry> history = filer(() -> forex.history(declared.id()));
        assertEquals(List.of(ApplicationStatus.DECLARED, ApplicationStatus.APPROVED), history.stream().map(HistoryEntry::to).toList());
        assertEquals(WorkflowService.SYSTEM_ACTOR, history.get(1).actor(), "approved by the system, not a reviewer");
        assertTrue(reviewer(() -> reviews.queue(new ReviewQuery(FOREX_FILING, DISTRICT, null), 0, 100)).stream()
                .noneMatch(i -> i.id().equals(declared.id())), "nothing for a reviewer to do");

        // one filing per enterprise: a second one is refused on the server, and nothing is stored
        Exception second = assertThrows(Exception.class, () -> filer(() -> forex.save(null, 0, UUID.randomUUID().toString(),
                complete(BUREAU), WorkflowAction.SAVE_DRAFT)));
        blocked(FilingObstacle.ALREADY_FILED, second);
        List<ApplicationSummary> listed = filer(() -> statusQuery.list(StatusQuery.ALL, 0, 100)).stream()
                .filter(s -> s.kind() == FOREX_FILING).toList();
        assertEquals(List.of(declared.id()), listed.stream().map(ApplicationSummary::id).toList(), "the status query lists the one filing");
        assertNotNull(registration);

        // another enterprise's id is "not found", whatever it asks
        assertThrows(ForexFilingNotFoundException.class, () -> a(() -> forex.find(declared.id())));
        assertThrows(ForexFilingNotFoundException.class, () -> b(() -> forex.history(declared.id())));
        assertThrows(ForexFilingNotFoundException.class, () -> b(() -> forex.save(declared.id(), declared.version(),
                UUID.randomUUID().toString(), complete(BUREAU), WorkflowAction.DECLARE)));
        assertThrows(ForexFilingNotFoundException.class, () -> b(() -> {
            forex.delete(declared.id(), declared.version());
            return null;
        }));
        assertTrue(b(() -> forex.current()).map(f -> !f.getId().equals(declared.id())).orElse(true));
    }

    @Test
    void aFilingThatDiffersFromTheDirectoryGoesToReviewAndTheReviewerDecides() throws Exception {
        String uscc = fixtures.newEnterprise("外汇测试上海示例物流有限公司", "钱进");
        fixtures.joinThroughRegistration(DISTRICT);
        fixtures.seed(new ForexEnterpriseEntry(new ForexEnterpriseRecord(uscc, "外汇测试上海示例物流有限公司", "钱金", "310000"), Instant.now()));

        SaveOutcome<ForexFilingRules.Problem> draft = file(null, 0, complete(BUREAU), WorkflowAction.SAVE_DRAFT);
        SaveOutcome<ForexFilingRules.Problem> changed = file(draft.id(), draft.version(), complete(BUREAU), WorkflowAction.SAVE_DRAFT);
        // the form opened at the first version may not overwrite the second
        assertThrows(ConcurrentChangeException.class, () -> filer(() -> forex.save(draft.id(), draft.version(),
                UUID.randomUUID().toString(), complete("310000"), WorkflowAction.DECLARE)));
        assertEquals(ApplicationStatus.DRAFT, filer(() -> forex.find(draft.id())).getStatus());

        SaveOutcome<ForexFilingRules.Problem> declared = file(draft.id(), changed.version(), complete(BUREAU), WorkflowAction.DECLARE);
        assertEquals(ApplicationStatus.DECLARED, declared.status());
        ForexFiling filing = filer(() -> forex.find(declared.id()));
        assertNull(filing.getFilingNumber());
        DirectoryComparison comparison = filing.getDirectoryComparison();
        assertEquals(DirectoryMatch.Outcome.DIFFERENT, comparison.getOutcome());
        assertEquals(EnumSet.of(MatchedField.LEGAL_PERSON, MatchedField.FOREX_BUREAU), comparison.getDifferences());
        assertEquals("钱金", comparison.getLegalPerson(), "what the directory held, for the reviewer");
        assertEquals("310000", comparison.getForexBureauCode());

        ReviewQuery mine = new ReviewQuery(FOREX_FILING, DISTRICT, null);
        assertTrue(reviewer(() -> reviews.queue(mine, 0, 100)).stream().anyMatch(i -> i.id().equals(declared.id())));
        ForexFiling seen = (ForexFiling) reviewer(() -> reviews.details(FOREX_FILING, declared.id()));
        assertEquals(EnumSet.of(MatchedField.LEGAL_PERSON, MatchedField.FOREX_BUREAU), seen.getDirectoryComparison().getDifferences());

        reviewer(() -> reviews.claim(FOREX_FILING, declared.id()));
        reviewer(() -> reviews.returnToEnterprise(FOREX_FILING, declared.id(), "主管外汇局应为上海市分局，请更正后重新申报。"));
        assertEquals("主管外汇局应为上海市分局，请更正后重新申报。", filer(() -> forex.returnReason(declared.id())).orElseThrow());

        // corrected: the bureau now agrees, the legal person still differs, so it goes to review again
        ForexFiling returned = filer(() -> forex.find(declared.id()));
        SaveOutcome<ForexFilingRules.Problem> again = file(declared.id(), returned.getVersion(), complete("310000"), WorkflowAction.DECLARE);
        assertEquals(ApplicationStatus.DECLARED, again.status());
        assertEquals(EnumSet.of(MatchedField.LEGAL_PERSON), filer(() -> forex.find(declared.id())).getDirectoryComparison().getDifferences());

        reviewer(() -> reviews.claim(FOREX_FILING, declared.id()));
        ReviewItem approved = reviewer(() -> reviews.approve(FOREX_FILING, declared.id()));
        assertEquals(ApplicationStatus.APPROVED, approved.status());
        ForexFiling done = filer(() -> forex.find(declared.id()));
        assertTrue(done.getFilingNumber().matches("310000\\d{4}\\d{6,}"), done.getFilingNumber());
        assertNotNull(done.getApprovedAt());
        List<HistoryEntry> history = filer(() -> forex.history(declared.id()));
        assertEquals(RunAsReviewer.REVIEWER, history.get(history.size() - 1).actor());
    }

    @Test
    void anEnterpriseTheDirectoryDoesNotListGoesToReview() throws Exception {
        fixtures.newEnterprise("外汇测试深圳示例电子有限公司", "孙丽");
        fixtures.joinThroughRegistration(DISTRICT);

        SaveOutcome<ForexFilingRules.Problem> declared = file(null, 0, complete(BUREAU), WorkflowAction.DECLARE);
        assertEquals(ApplicationStatus.DECLARED, declared.status());
        DirectoryComparison comparison = filer(() -> forex.find(declared.id())).getDirectoryComparison();
        assertEquals(DirectoryMatch.Outcome.NOT_LISTED, comparison.getOutcome());
        assertNull(comparison.getEnterpriseName());
        assertTrue(reviewer(() -> reviews.queue(new ReviewQuery(FOREX_FILING, DISTRICT, null), 0, 100)).stream()
                .anyMatch(i -> i.id().equals(declared.id())));
    }

    @Test
    void thePreconditionsRefuseInTheManualsOrderAndStoreNothing() throws Exception {
        String uscc = fixtures.newEnterprise("外汇测试苏州示例机械有限公司", "周正");

        // not joined: no approved 三证合一 record
        assertEquals(FilingObstacle.NO_REGISTRATION, assertInstanceOf(FilingCheck.Blocked.class, filer(() -> forex.check())).obstacle());
        blocked(FilingObstacle.NO_REGISTRATION, assertThrows(Exception.class, () -> filer(() -> forex.save(null, 0,
                UUID.randomUUID().toString(), complete(BUREAU), WorkflowAction.DECLARE))));
        assertTrue(filer(() -> forex.current()).isEmpty(), "nothing stored");

        fixtures.joinThroughRegistration(DISTRICT);
        // an unfinished filing of another business in the old system does not stand in the way of this one
        fixtures.seed(new PendingFilingEntry(new PendingFiling(uscc, FilingSystem.OLD_SYSTEM, FilingKind.MOFCOM, LocalDate.of(2026, 9, 1), "BA-IT-1"), Instant.now()));
        assertTrue(filer(() -> forex.check()).isClear());

        fixtures.seed(new PendingFilingEntry(new PendingFiling(uscc, FilingSystem.OLD_SYSTEM, FilingKind.FOREX, LocalDate.of(2026, 10, 8), "WH-IT-7"), Instant.now()));
        FilingCheck.Blocked pending = assertInstanceOf(FilingCheck.Blocked.class, filer(() -> forex.check()));
        assertEquals(FilingObstacle.OLD_SYSTEM_FILING_PENDING, pending.obstacle());
        assertEquals(List.of("WH-IT-7", LocalDate.of(2026, 10, 8)), pending.arguments(), "the message names the old system's filing");
        // a draft may still be kept (暂存 checks no precondition), its 申报 is refused and leaves it a draft
        SaveOutcome<ForexFilingRules.Problem> draft = file(null, 0, complete(BUREAU), WorkflowAction.SAVE_DRAFT);
        blocked(FilingObstacle.OLD_SYSTEM_FILING_PENDING, assertThrows(Exception.class, () -> filer(() -> forex.save(draft.id(),
                draft.version(), UUID.randomUUID().toString(), complete(BUREAU), WorkflowAction.DECLARE))));
        ForexFiling kept = filer(() -> forex.find(draft.id()));
        assertEquals(ApplicationStatus.DRAFT, kept.getStatus());
        assertEquals(draft.version(), kept.getVersion());
        assertNull(kept.getDirectoryComparison());

        // on the deregistration list: the first precondition of the forex filing, whatever else holds
        fixtures.seed(new ForexDeregistrationEntry(new ForexDeregistration(uscc, "外汇测试苏州示例机械有限公司", LocalDate.of(2025, 6, 30),
                "企业申请注销外汇登记", "320500"), Instant.now()));
        assertEquals(FilingObstacle.FOREX_DEREGISTERED, assertInstanceOf(FilingCheck.Blocked.class, filer(() -> forex.check())).obstacle());
        blocked(FilingObstacle.FOREX_DEREGISTERED, assertThrows(Exception.class, () -> filer(() -> forex.save(draft.id(),
                draft.version(), UUID.randomUUID().toString(), complete(BUREAU), WorkflowAction.DECLARE))));
        assertEquals(ApplicationStatus.DRAFT, filer(() -> forex.find(draft.id())).getStatus());
    }

    @Test
    void aBureauThatIsNoCodeOfTheTableIsRefused() throws Exception {
        fixtures.newEnterprise("外汇测试天津示例化工有限公司", "吴昊");
        SaveOutcome<ForexFilingRules.Problem> refused = filer(() -> forex.save(null, 0, UUID.randomUUID().toString(),
                complete("119999"), WorkflowAction.SAVE_DRAFT));
        assertEquals(List.of(new ForexFilingRules.Problem(ForexFilingRules.Field.FOREX_BUREAU, ForexFilingRules.UNKNOWN_CODE)),
                refused.problems());
        assertTrue(filer(() -> forex.current()).isEmpty());
    }
}
