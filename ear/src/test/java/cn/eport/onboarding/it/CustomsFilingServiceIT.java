package cn.eport.onboarding.it;

import cn.eport.onboarding.customs.CustomsFiling;
import cn.eport.onboarding.customs.CustomsFilingDetails;
import cn.eport.onboarding.customs.CustomsFilingNotFoundException;
import cn.eport.onboarding.customs.CustomsFilingRules;
import cn.eport.onboarding.customs.CustomsFilingRules.Field;
import cn.eport.onboarding.customs.CustomsFilingService;
import cn.eport.onboarding.customs.CustomsRegistrationCode;
import cn.eport.onboarding.directory.CustomsEnterpriseRecord;
import cn.eport.onboarding.directory.FilingKind;
import cn.eport.onboarding.directory.FilingSystem;
import cn.eport.onboarding.directory.PendingFiling;
import cn.eport.onboarding.directory.table.CustomsRecordEntry;
import cn.eport.onboarding.directory.table.PendingFilingEntry;
import cn.eport.onboarding.enterprise.ConcurrentChangeException;
import cn.eport.onboarding.enterprise.SaveOutcome;
import cn.eport.onboarding.filing.FilingCheck;
import cn.eport.onboarding.filing.FilingObstacle;
import cn.eport.onboarding.filing.FilingRefusedException;
import cn.eport.onboarding.review.AttachmentOwner;
import cn.eport.onboarding.review.ReviewItem;
import cn.eport.onboarding.review.ReviewQuery;
import cn.eport.onboarding.review.ReviewService;
import cn.eport.onboarding.status.ApplicationSummary;
import cn.eport.onboarding.status.StatusQuery;
import cn.eport.onboarding.status.StatusQueryService;
import cn.eport.onboarding.tasks.EnterpriseFunction;
import cn.eport.onboarding.tasks.Task;
import cn.eport.onboarding.tasks.TaskListService;
import cn.eport.onboarding.tasks.TaskState;
import cn.eport.onboarding.workflow.ApplicationKind;
import cn.eport.onboarding.workflow.ApplicationStatus;
import cn.eport.onboarding.workflow.IllegalTransitionException;
import cn.eport.onboarding.workflow.WorkflowAction;
import cn.eport.onboarding.review.NumbersExhaustedException;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static cn.eport.onboarding.workflow.ApplicationKind.CUSTOMS_FILING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 企业海关备案授权 (F-30..F-32) in the real server, each test with an enterprise of its own
 * ({@link FilingFixtures}): the three preconditions of F-31 when the page opens and again at 申报, a
 * declared filing goes to review (never approved at once), the reviewer's return and approval, the
 * 海关注册编码 given at approval (unique also when two reviewers approve at once), one filing per
 * enterprise, the rules, optimistic locking and tenant scoping.
 */
@ExtendWith(ArquillianExtension.class)
class CustomsFilingServiceIT extends ActingUsers {

    /** 兰州关区: the 主管海关 these filings choose; no other test files under it. */
    private static final String DISTRICT = "9500";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(CustomsFilingServiceIT.class);
    }

    @Inject
    private FilingFixtures fixtures;

    @Resource(lookup = "jdbc/eport")
    private DataSource database;

    @Inject
    private CustomsFilingService customs;

    @Inject
    private ReviewService reviews;

    @Inject
    private StatusQueryService statusQuery;

    @Inject
    private TaskListService taskList;

    /** A form that may be declared: 北京市海淀区, 其他 (no special zone), 批发和零售业. */
    static CustomsFilingDetails complete() {
        return TestData.completeCustomsFiling(DISTRICT);
    }

    /** A new enterprise that meets F-31: joined through 三证合一, with a customs enterprise-management record. */
    private String readyEnterprise(String name) throws Exception {
        String uscc = fixtures.newEnterprise(name, "马海关");
        Long registration = fixtures.joinThroughRegistration(DISTRICT);
        assertNotNull(registration);
        fixtures.seed(new CustomsRecordEntry(new CustomsEnterpriseRecord(uscc, name, "9501960001", DISTRICT,
                LocalDate.of(2020, 5, 6)), Instant.now()));
        return uscc;
    }

    private SaveOutcome<CustomsFilingRules.Problem> file(Long id, long version, CustomsFilingDetails details, WorkflowAction action) throws Exception {
        SaveOutcome<CustomsFilingRules.Problem> outcome = filer(() -> customs.save(id, version, UUID.randomUUID().toString(), details, action));
        assertTrue(outcome.saved(), outcome.problems().toString());
        return outcome;
    }

    private FilingObstacle refusal(Long id, long version, WorkflowAction action) {
        FilingRefusedException refused = assertThrows(FilingRefusedException.class,
                () -> filer(() -> customs.save(id, version, UUID.randomUUID().toString(), complete(), action)));
        return assertInstanceOf(FilingCheck.Blocked.class, refused.check()).obstacle();
    }

    private Task task() throws Exception {
        return filer(() -> taskList.tasks()).stream().filter(t -> t.function() == EnterpriseFunction.CUSTOMS_FILING).findFirst().orElseThrow();
    }

    @Test
    void onlyEnterpriseUsersFile() {
        assertThrows(EJBAccessException.class, () -> customs.check(), "not logged in");
        assertThrows(EJBAccessException.class, () -> reviewer(() -> customs.current()), "a reviewer has no enterprise");
    }

    @Test
    void aDeclaredFilingGoesToReviewAndApprovalGivesItsCustomsCode() throws Exception {
        String uscc = readyEnterprise("海关备案测试（兰州）示例贸易有限公司");
        assertTrue(filer(() -> customs.check()).isClear());
        CustomsFilingDetails suggested = filer(() -> customs.newDetails());
        assertEquals(DISTRICT, suggested.getCustomsDistrictCode(), "主管海关 suggested from the 三证合一 record");
        assertEquals("110108", suggested.getDivisionCode(), "行政区划 from the 工商 authority's area");
        assertEquals("张伟", suggested.getContactName());

        CustomsFilingDetails typed = complete();
        typed.setEconomicType("1");
        SaveOutcome<CustomsFilingRules.Problem> declared = file(null, 0, typed, WorkflowAction.DECLARE);
        assertEquals(ApplicationStatus.DECLARED, declared.status(), "F-32: not approved automatically");
        CustomsFiling filing = filer(() -> customs.current()).orElseThrow();
        assertNull(filing.getFilingNumber(), "no number before approval");
        assertEquals("6", filing.getDetails().getEconomicType(), "企业经济类型 from the 三证合一 record's enterprise type, not the browser's");
        assertTrue(filing.getNumber().startsWith("HG"), filing.getNumber());
        assertEquals(FilingObstacle.ALREADY_FILED, refusal(null, 0, WorkflowAction.SAVE_DRAFT), "one filing per enterprise");

        // the review console: under its 主管海关, with the 三证合一's certificate scans
        assertTrue(reviewer(() -> reviews.queue(new ReviewQuery(CUSTOMS_FILING, DISTRICT, null), 0, 100)).stream()
                .anyMatch(i -> i.id().equals(declared.id())), "waits in the queue");
        assertEquals(ApplicationKind.ENTERPRISE_REGISTRATION,
                reviewer(() -> reviews.attachmentsOf(CUSTOMS_FILING, declared.id())).map(AttachmentOwner::kind).orElseThrow());
        reviewer(() -> reviews.claim(CUSTOMS_FILING, declared.id()));
        assertThrows(Exception.class, () -> second(() -> reviews.approve(CUSTOMS_FILING, declared.id())), "only the assignee decides");
        reviewer(() -> reviews.returnToEnterprise(CUSTOMS_FILING, declared.id(), "备案海关应为兰州海关，请更正后重新申报。"));

        CustomsFiling returned = filer(() -> customs.find(declared.id()));
        assertEquals(ApplicationStatus.RETURNED, returned.getStatus());
        assertEquals("备案海关应为兰州海关，请更正后重新申报。", filer(() -> customs.returnReason(declared.id())).orElseThrow());
        assertTrue(filer(() -> customs.check()).isClear(), "a returned filing may be sent again");
        CustomsFilingDetails corrected = complete();
        corrected.setFilingCustomsCode("9500");
        assertEquals(ApplicationStatus.DECLARED, file(declared.id(), returned.getVersion(), corrected, WorkflowAction.DECLARE).status());

        reviewer(() -> reviews.claim(CUSTOMS_FILING, declared.id()));
        ReviewItem approved = reviewer(() -> reviews.approve(CUSTOMS_FILING, declared.id()));
        assertEquals(ApplicationStatus.APPROVED, approved.status());
        CustomsFiling done = filer(() -> customs.find(declared.id()));
        assertTrue(done.getFilingNumber().matches("110196\\d{4}"), "1101 北京海淀, 9 其他, 6 私营企业: " + done.getFilingNumber());
        assertNotNull(done.getApprovedAt());
        assertEquals("9500", done.getDetails().getFilingCustomsCode());

        // approved: no resubmission, no deletion, the number stays; the status query and the task list show it
        assertThrows(IllegalTransitionException.class, () -> filer(() -> customs.save(declared.id(), done.getVersion(),
                UUID.randomUUID().toString(), complete(), WorkflowAction.DECLARE)));
        assertThrows(IllegalTransitionException.class, () -> filer(() -> {
            customs.delete(declared.id(), done.getVersion());
            return null;
        }));
        assertEquals(done.getFilingNumber(), filer(() -> customs.find(declared.id())).getFilingNumber());
        List<ApplicationSummary> listed = filer(() -> statusQuery.list(StatusQuery.ALL, 0, 100)).stream()
                .filter(s -> s.kind() == CUSTOMS_FILING).toList();
        assertEquals(List.of(declared.id()), listed.stream().map(ApplicationSummary::id).toList());
        assertEquals(ApplicationStatus.APPROVED, task().status());
        assertEquals(TaskState.STARTED, task().state());
        assertEquals(List.of(ApplicationStatus.DECLARED, ApplicationStatus.UNDER_REVIEW, ApplicationStatus.RETURNED,
                        ApplicationStatus.DECLARED, ApplicationStatus.UNDER_REVIEW, ApplicationStatus.APPROVED),
                filer(() -> customs.history(declared.id())).stream().map(h -> h.to()).toList());

        // another enterprise's id is "not found", whatever it asks
        assertThrows(CustomsFilingNotFoundException.class, () -> a(() -> customs.find(declared.id())));
        assertThrows(CustomsFilingNotFoundException.class, () -> b(() -> customs.history(declared.id())));
        assertThrows(CustomsFilingNotFoundException.class, () -> b(() -> customs.save(declared.id(), done.getVersion(),
                UUID.randomUUID().toString(), complete(), WorkflowAction.DECLARE)));
        assertFalse(b(() -> customs.current()).map(f -> f.getId().equals(declared.id())).orElse(false));
        assertEquals(uscc, done.getEnterpriseUscc());
    }

    @Test
    void withoutAnApprovedRegistrationTheEnterpriseMayNotDeclare() throws Exception {
        fixtures.newEnterprise("海关备案未入网示例有限公司", "牛未入");
        assertEquals(FilingObstacle.NO_REGISTRATION, assertInstanceOf(FilingCheck.Blocked.class, filer(() -> customs.check())).obstacle());
        SaveOutcome<CustomsFilingRules.Problem> draft = file(null, 0, complete(), WorkflowAction.SAVE_DRAFT);
        long version = filer(() -> customs.find(draft.id())).getVersion();
        assertEquals(FilingObstacle.NO_REGISTRATION, refusal(draft.id(), version, WorkflowAction.DECLARE));
        CustomsFiling unchanged = filer(() -> customs.find(draft.id()));
        assertEquals(ApplicationStatus.DRAFT, unchanged.getStatus(), "nothing stored by the refused 申报");
        assertEquals(version, unchanged.getVersion());
    }

    @Test
    void anUnfinishedCustomsFilingInTheRaSystemBlocksIt() throws Exception {
        String uscc = readyEnterprise("海关备案RA示例有限公司");
        LocalDate since = LocalDate.of(2026, 10, 20);
        fixtures.seed(new PendingFilingEntry(new PendingFiling(uscc, FilingSystem.OLD_SYSTEM, FilingKind.CUSTOMS, since, "OLD-1"), Instant.now()));
        assertTrue(filer(() -> customs.check()).isClear(), "the old system does not concern the customs filing, the RA system does");
        fixtures.seed(new PendingFilingEntry(new PendingFiling(uscc, FilingSystem.RA_SYSTEM, FilingKind.CUSTOMS, since, "RA-IT-1"), Instant.now()));
        FilingCheck.Blocked blocked = assertInstanceOf(FilingCheck.Blocked.class, filer(() -> customs.check()));
        assertEquals(FilingObstacle.RA_SYSTEM_FILING_PENDING, blocked.obstacle());
        assertEquals(List.of("RA-IT-1", since), blocked.arguments());
        assertEquals(FilingObstacle.RA_SYSTEM_FILING_PENDING, refusal(null, 0, WorkflowAction.DECLARE));
        assertTrue(filer(() -> customs.current()).isEmpty(), "nothing stored");
        assertEquals(TaskState.CANNOT_START, task().state());
        assertEquals(FilingObstacle.RA_SYSTEM_FILING_PENDING.messageKey(), task().obstacle().messageKey());
    }

    @Test
    void withoutACustomsRecordTheUserIsToldToContactTheCustomsOffice() throws Exception {
        fixtures.newEnterprise("海关备案无企管记录示例有限公司", "杨无档");
        fixtures.joinThroughRegistration(DISTRICT);
        assertEquals(FilingObstacle.NO_CUSTOMS_RECORD, assertInstanceOf(FilingCheck.Blocked.class, filer(() -> customs.check())).obstacle());
        assertEquals(FilingObstacle.NO_CUSTOMS_RECORD, refusal(null, 0, WorkflowAction.DECLARE));
        assertEquals(FilingObstacle.NO_CUSTOMS_RECORD.messageKey(), task().obstacle().messageKey());
    }

    @Test
    void theRulesRefuseAtDeclarationInFormOrderAndNothingIsStored() throws Exception {
        readyEnterprise("海关备案规则示例有限公司");
        CustomsFilingDetails bad = complete();
        bad.setFilingCustomsCode("1234");
        bad.setDivisionCode("11");
        bad.setIndustryCode(null);
        bad.setContactPhone("没有电话");
        SaveOutcome<CustomsFilingRules.Problem> refused = filer(() -> customs.save(null, 0, UUID.randomUUID().toString(), bad, WorkflowAction.DECLARE));
        assertFalse(refused.saved());
        assertEquals(List.of(new CustomsFilingRules.Problem(Field.FILING_CUSTOMS, CustomsFilingRules.UNKNOWN_CODE),
                new CustomsFilingRules.Problem(Field.DIVISION, CustomsFilingRules.CODE_FORMAT),
                new CustomsFilingRules.Problem(Field.INDUSTRY, CustomsFilingRules.REQUIRED),
                new CustomsFilingRules.Problem(Field.CONTACT_PHONE, CustomsFilingRules.PHONE_FORMAT)), refused.problems());
        assertTrue(filer(() -> customs.current()).isEmpty());
    }

    @Test
    void aChangeFromAnOldFormIsRefusedNotSilentlyApplied() throws Exception {
        readyEnterprise("海关备案并发示例有限公司");
        SaveOutcome<CustomsFilingRules.Problem> draft = file(null, 0, complete(), WorkflowAction.SAVE_DRAFT);
        CustomsFilingDetails first = complete();
        first.setContactName("第一次修改");
        assertTrue(file(draft.id(), draft.version(), first, WorkflowAction.SAVE_DRAFT).saved());
        CustomsFilingDetails second = complete();
        second.setContactName("旧页面的修改");
        assertThrows(ConcurrentChangeException.class, () -> filer(() -> customs.save(draft.id(), draft.version(),
                UUID.randomUUID().toString(), second, WorkflowAction.DECLARE)));
        CustomsFiling now = filer(() -> customs.find(draft.id()));
        assertEquals("第一次修改", now.getDetails().getContactName());
        assertEquals(ApplicationStatus.DRAFT, now.getStatus());
    }

    @Test
    void twoApprovalsAtOnceGetTwoNumbers() throws Exception {
        Set<String> numbers = new HashSet<>();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                // same prefix for both: 天津市和平区 (1201), 保税区 (4), 私营企业 (6); the first round meets an absent counter row
                List<Long> ids = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    readyEnterprise("海关编码并发" + round + i + "示例有限公司");
                    CustomsFilingDetails d = complete();
                    d.setDivisionCode("120101");
                    d.setEconomicZone("4");
                    ids.add(file(null, 0, d, WorkflowAction.DECLARE).id());
                }
                reviewer(() -> reviews.claim(CUSTOMS_FILING, ids.get(0)));
                second(() -> reviews.claim(CUSTOMS_FILING, ids.get(1)));
                CountDownLatch start = new CountDownLatch(1);
                Future<RunAsEnterpriseUser.Attempt<ReviewItem>> one = pool.submit(() -> {
                    start.await();
                    return asReviewer.attempt(() -> reviews.approve(CUSTOMS_FILING, ids.get(0)));
                });
                Future<RunAsEnterpriseUser.Attempt<ReviewItem>> two = pool.submit(() -> {
                    start.await();
                    return asSecond.attempt(() -> reviews.approve(CUSTOMS_FILING, ids.get(1)));
                });
                start.countDown();
                assertNull(one.get(60, TimeUnit.SECONDS).failure(), "round " + round);
                assertNull(two.get(60, TimeUnit.SECONDS).failure(), "round " + round);
                for (Long id : ids) {
                    String number = reviewer(() -> ((CustomsFiling) reviews.details(CUSTOMS_FILING, id)).getFilingNumber());
                    assertTrue(number.matches("120146\\d{4}"), number);
                    assertTrue(numbers.add(number), "round " + round + ": " + number + " given twice");
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(6, numbers.size());
    }

    @Test
    void whenAPrefixHasNoNumberLeftTheApprovalIsRefusedAndNothingChanges() throws Exception {
        readyEnterprise("海关编码用尽示例有限公司");
        CustomsFilingDetails d = complete();
        d.setDivisionCode("650102"); // 乌鲁木齐市天山区: no other test files there
        Long id = file(null, 0, d, WorkflowAction.DECLARE).id();
        CustomsFilingDetails declared = reviewer(() -> ((CustomsFiling) reviews.details(CUSTOMS_FILING, id)).getDetails());
        String prefix = CustomsRegistrationCode.prefix(declared.getDivisionCode(), declared.getEconomicZone(), declared.getEconomicType());
        try (Connection c = database.getConnection(); PreparedStatement all = c.prepareStatement(
                "INSERT INTO customs_code_counter (prefix, version, last_value) VALUES (?, 1, ?)")) {
            all.setString(1, prefix);
            all.setInt(2, CustomsRegistrationCode.LARGEST_SEQUENCE);
            all.executeUpdate();
        }
        reviewer(() -> reviews.claim(CUSTOMS_FILING, id));

        assertThrows(NumbersExhaustedException.class, () -> reviewer(() -> reviews.approve(CUSTOMS_FILING, id)));
        CustomsFiling unchanged = reviewer(() -> (CustomsFiling) reviews.details(CUSTOMS_FILING, id));
        assertEquals(ApplicationStatus.UNDER_REVIEW, unchanged.getStatus(), "still waiting for a decision");
        assertNull(unchanged.getFilingNumber());
        assertEquals(ApplicationStatus.RETURNED,
                reviewer(() -> reviews.returnToEnterprise(CUSTOMS_FILING, id, "请确认行政区划。")).status(),
                "the reviewer can still return it");
    }
}
