package cn.eport.onboarding.it;

import cn.eport.onboarding.directory.FilingKind;
import cn.eport.onboarding.directory.FilingSystem;
import cn.eport.onboarding.directory.PendingFiling;
import cn.eport.onboarding.directory.table.DirectoryEntryRepository;
import cn.eport.onboarding.directory.table.PendingFilingEntry;
import cn.eport.onboarding.enterprise.ConcurrentChangeException;
import cn.eport.onboarding.enterprise.RegistrationRules;
import cn.eport.onboarding.enterprise.RegistrationService;
import cn.eport.onboarding.enterprise.SaveOutcome;
import cn.eport.onboarding.filing.FilingCheck;
import cn.eport.onboarding.filing.FilingObstacle;
import cn.eport.onboarding.filing.FilingRefusedException;
import cn.eport.onboarding.mofcom.MofcomDetails;
import cn.eport.onboarding.mofcom.MofcomFiling;
import cn.eport.onboarding.mofcom.MofcomFilingNotFoundException;
import cn.eport.onboarding.mofcom.MofcomFilingRules;
import cn.eport.onboarding.mofcom.MofcomFilingRules.Field;
import cn.eport.onboarding.mofcom.MofcomFilingService;
import cn.eport.onboarding.review.AttachmentOwner;
import cn.eport.onboarding.review.ReviewService;
import cn.eport.onboarding.tasks.EnterpriseFunction;
import cn.eport.onboarding.tasks.Task;
import cn.eport.onboarding.tasks.TaskListService;
import cn.eport.onboarding.tasks.TaskState;
import cn.eport.onboarding.workflow.ApplicationKind;
import cn.eport.onboarding.workflow.ApplicationStatus;
import cn.eport.onboarding.workflow.IllegalTransitionException;
import cn.eport.onboarding.workflow.WorkflowAction;
import cn.eport.onboarding.workflow.WorkflowService;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 企业商务部备案 (F-20..F-23) in the real server, each test with an enterprise of its own (it-filer,
 * {@link FilerEnterprise}): the preconditions when the page opens and again at 申报 (joined through
 * 三证合一, no unfinished filing in the old system), approval at once with an 8-digit 备案登记表编号,
 * one filing per enterprise, what the server takes from the enterprise, the rules, optimistic
 * locking and tenant scoping.
 */
@ExtendWith(ArquillianExtension.class)
class MofcomFilingServiceIT extends ActingUsers {

    /** 上海海关: the district the filings are filed under, from the enterprise's 三证合一 record. */
    private static final String DISTRICT = "2200";
    private static final String NAME = "商务备案测试进出口有限公司";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(MofcomFilingServiceIT.class);
    }

    @Inject
    private FilerEnterprise filerEnterprise;

    @Inject
    private MofcomFilingService filings;

    @Inject
    private RegistrationService registrations;

    @Inject
    private ReviewService reviews;

    @Inject
    private WorkflowService workflow;

    @Inject
    private TaskListService taskList;

    @Inject
    private DirectoryEntryRepository directoryEntries;

    private String uscc;

    @BeforeEach
    void anEnterpriseOfItsOwn() {
        uscc = filerEnterprise.moveToNew(NAME, "钱多多");
    }

    /** The enterprise joins: its 三证合一 record declared and approved by the reviewer; the record's id. */
    private Long joined() throws Exception {
        SaveOutcome<RegistrationRules.Problem> declared = filer(() -> registrations.save(null, 0, UUID.randomUUID().toString(),
                TestData.completeRegistration(DISTRICT), WorkflowAction.DECLARE));
        assertTrue(declared.saved(), declared.problems().toString());
        reviewer(() -> reviews.claim(ApplicationKind.ENTERPRISE_REGISTRATION, declared.id()));
        reviewer(() -> reviews.approve(ApplicationKind.ENTERPRISE_REGISTRATION, declared.id()));
        return declared.id();
    }

    private SaveOutcome<MofcomFilingRules.Problem> save(Long id, long version, MofcomDetails details, WorkflowAction action) throws Exception {
        return filer(() -> filings.save(id, version, UUID.randomUUID().toString(), details, action));
    }

    private FilingObstacle refusal(Long id, long version, WorkflowAction action) {
        FilingRefusedException refused = assertThrows(FilingRefusedException.class, () -> save(id, version, TestData.completeMofcom(), action));
        return assertInstanceOf(FilingCheck.Blocked.class, refused.check()).obstacle();
    }

    @Test
    void onlyEnterpriseUsersMayUseIt() {
        assertThrows(EJBAccessException.class, () -> filings.current(), "not logged in");
        assertThrows(EJBAccessException.class, () -> reviewer(() -> filings.current()), "a reviewer has no enterprise");
    }

    @Test
    void declaredItIsApprovedAtOnceWithAnEightDigitNumberAndWhatTheEnterpriseStates() throws Exception {
        Long registration = joined();
        assertTrue(filer(() -> filings.check()).isClear());
        assertTrue(filer(() -> filings.current()).isEmpty());

        SaveOutcome<MofcomFilingRules.Problem> declared = save(null, 0, TestData.completeMofcom(), WorkflowAction.DECLARE);
        assertTrue(declared.saved(), declared.problems().toString());
        assertEquals(ApplicationStatus.APPROVED, declared.status(), "F-22: approved as soon as it is declared");
        MofcomFiling filing = filer(() -> filings.current()).orElseThrow();
        assertEquals(declared.id(), filing.getId());
        assertEquals(ApplicationStatus.APPROVED, filing.getStatus());
        assertTrue(filing.getFilingNumber().matches("[0-9]{8}"), filing.getFilingNumber());
        assertNotNull(filing.getApprovedAt());
        assertTrue(filing.getNumber().startsWith("SW"), filing.getNumber());

        MofcomDetails d = filing.getDetails();
        assertEquals(NAME, d.getOperatorNameZh(), "经营者中文名称 from the enterprise");
        assertEquals(uscc, d.getBusinessRegistrationNumber());
        assertEquals(uscc.substring(8, 17), d.getOrganizationCode());
        assertEquals("北京市海淀区中关村大街1号", d.getResidence(), "住所 from the 三证合一 record");
        assertEquals(0, new BigDecimal("500").compareTo(d.getRegisteredCapital()), "注册资金 from the 三证合一 record, in 万元");
        assertEquals(DISTRICT, d.getCustomsDistrictCode());
        assertEquals("trade@example.com.cn", d.getEmail());

        assertEquals(List.of("it-filer:DECLARED", WorkflowService.SYSTEM_ACTOR + ":APPROVED"),
                filer(() -> filings.history(filing.getId())).stream().map(t -> t.actor() + ":" + t.to()).toList());
        assertEquals(ApplicationStatus.APPROVED, reviewer(() -> reviews.item(ApplicationKind.MOFCOM_FILING, filing.getId())).status(),
                "reviewers can view it, though nobody reviews it");
        assertEquals(new AttachmentOwner(ApplicationKind.ENTERPRISE_REGISTRATION, registration, false),
                reviewer(() -> reviews.attachmentsOf(ApplicationKind.MOFCOM_FILING, filing.getId())).orElseThrow(),
                "the reviewer sees the certificate scans of the 三证合一 record");
        Task task = filer(() -> taskList.tasks()).stream().filter(t -> t.function() == EnterpriseFunction.MOFCOM_FILING).findFirst().orElseThrow();
        assertEquals(TaskState.STARTED, task.state());
        assertEquals(ApplicationStatus.APPROVED, task.status());

        // another enterprise's filing gets the next number
        anEnterpriseOfItsOwn();
        joined();
        SaveOutcome<MofcomFilingRules.Problem> other = save(null, 0, TestData.completeMofcom(), WorkflowAction.DECLARE);
        String otherNumber = filer(() -> filings.find(other.id())).getFilingNumber();
        assertTrue(otherNumber.compareTo(filing.getFilingNumber()) > 0, otherNumber + " after " + filing.getFilingNumber());
    }

    @Test
    void oneFilingPerEnterpriseRefusedOnTheServer() throws Exception {
        joined();
        SaveOutcome<MofcomFilingRules.Problem> draft = save(null, 0, TestData.completeMofcom(), WorkflowAction.SAVE_DRAFT);
        assertTrue(draft.saved());
        assertEquals(FilingObstacle.ALREADY_FILED, refusal(null, 0, WorkflowAction.SAVE_DRAFT), "a second draft");
        assertEquals(FilingObstacle.ALREADY_FILED, refusal(null, 0, WorkflowAction.DECLARE), "a second declaration");

        long version = filer(() -> filings.find(draft.id())).getVersion();
        assertEquals(ApplicationStatus.APPROVED, save(draft.id(), version, TestData.completeMofcom(), WorkflowAction.DECLARE).status(),
                "the enterprise's own draft is declared");
        assertEquals(FilingObstacle.ALREADY_FILED, refusal(null, 0, WorkflowAction.DECLARE), "and approved: still one");
        MofcomFiling approved = filer(() -> filings.find(draft.id()));
        assertThrows(IllegalTransitionException.class, () -> save(draft.id(), approved.getVersion(), TestData.completeMofcom(), WorkflowAction.DECLARE),
                "an approved filing is not declared again");
        assertThrows(IllegalTransitionException.class, () -> filer(() -> {
            filings.delete(draft.id(), approved.getVersion());
            return null;
        }), "nor deleted");
        assertEquals(approved.getFilingNumber(), filer(() -> filings.find(draft.id())).getFilingNumber(), "its number stays");
    }

    @Test
    void withoutAnApprovedRegistrationTheEnterpriseMayNotDeclare() throws Exception {
        FilingCheck check = filer(() -> filings.check());
        assertEquals(FilingObstacle.NO_REGISTRATION, assertInstanceOf(FilingCheck.Blocked.class, check).obstacle());
        assertTrue(filer(() -> filings.joinedRegistration()).isEmpty());

        SaveOutcome<MofcomFilingRules.Problem> draft = save(null, 0, TestData.completeMofcom(), WorkflowAction.SAVE_DRAFT);
        assertTrue(draft.saved(), "暂存 checks no precondition: what was typed is kept");
        long version = filer(() -> filings.find(draft.id())).getVersion();
        assertEquals(FilingObstacle.NO_REGISTRATION, refusal(draft.id(), version, WorkflowAction.DECLARE));
        MofcomFiling unchanged = filer(() -> filings.find(draft.id()));
        assertEquals(ApplicationStatus.DRAFT, unchanged.getStatus(), "nothing stored by the refused 申报");
        assertEquals(version, unchanged.getVersion());
        assertNull(unchanged.getFilingNumber());

        // a draft 三证合一 record is not enough: it must be approved (F-21)
        filer(() -> registrations.save(null, 0, UUID.randomUUID().toString(), TestData.completeRegistration(DISTRICT), WorkflowAction.DECLARE));
        assertEquals(FilingObstacle.NO_REGISTRATION, refusal(draft.id(), version, WorkflowAction.DECLARE));
    }

    @Test
    void anUnfinishedFilingInTheOldSystemBlocksItUntilItIsDone() throws Exception {
        joined();
        LocalDate since = LocalDate.of(2026, 9, 1);
        directoryEntries.add(new PendingFilingEntry(new PendingFiling(uscc, FilingSystem.OLD_SYSTEM, FilingKind.FOREX, since, "WH-OTHER"),
                Clock.systemUTC().instant()));
        assertTrue(filer(() -> filings.check()).isClear(), "a pending forex filing does not concern 商务部备案");

        directoryEntries.add(new PendingFilingEntry(new PendingFiling(uscc, FilingSystem.OLD_SYSTEM, FilingKind.MOFCOM, since, "BA-TEST-1"),
                Clock.systemUTC().instant()));
        FilingCheck.Blocked blocked = assertInstanceOf(FilingCheck.Blocked.class, filer(() -> filings.check()));
        assertEquals(FilingObstacle.OLD_SYSTEM_FILING_PENDING, blocked.obstacle());
        assertEquals(List.of("BA-TEST-1", since), blocked.arguments(), "the message names the old system's filing");
        assertEquals(FilingObstacle.OLD_SYSTEM_FILING_PENDING, refusal(null, 0, WorkflowAction.DECLARE));
        assertTrue(filer(() -> filings.current()).isEmpty(), "nothing stored");
        Task task = filer(() -> taskList.tasks()).stream().filter(t -> t.function() == EnterpriseFunction.MOFCOM_FILING).findFirst().orElseThrow();
        assertEquals(TaskState.CANNOT_START, task.state(), "the task list names the obstacle too");
        assertEquals(FilingObstacle.OLD_SYSTEM_FILING_PENDING.messageKey(), task.obstacle().messageKey());
    }

    @Test
    void theRulesRefuseAtDeclarationInFormOrderAndNothingIsStored() throws Exception {
        joined();
        MofcomDetails bad = TestData.completeMofcom();
        bad.setOperatorNameEn("示例公司");
        bad.setPostcode("1000");
        bad.setEmail(null);
        bad.setAuthorityCode("999999");
        SaveOutcome<MofcomFilingRules.Problem> refused = save(null, 0, bad, WorkflowAction.DECLARE);
        assertFalse(refused.saved());
        assertEquals(List.of(new MofcomFilingRules.Problem(Field.OPERATOR_NAME_EN, MofcomFilingRules.ENGLISH),
                new MofcomFilingRules.Problem(Field.POSTCODE, MofcomFilingRules.POSTCODE_FORMAT),
                new MofcomFilingRules.Problem(Field.EMAIL, MofcomFilingRules.REQUIRED),
                new MofcomFilingRules.Problem(Field.AUTHORITY, MofcomFilingRules.UNKNOWN_CODE)), refused.problems(),
                "every problem at once, in form order; only active 主管机关 codes");
        assertTrue(filer(() -> filings.current()).isEmpty());

        MofcomDetails tampered = TestData.completeMofcom();
        tampered.setOperatorNameZh("篡改的名称");
        tampered.setBusinessRegistrationNumber("91310115MA1K4XYW7G");
        tampered.setRegisteredCapital(new BigDecimal("1"));
        SaveOutcome<MofcomFilingRules.Problem> draft = save(null, 0, tampered, WorkflowAction.SAVE_DRAFT);
        MofcomDetails stored = filer(() -> filings.find(draft.id())).getDetails();
        assertEquals(NAME, stored.getOperatorNameZh(), "what the enterprise states is applied whatever the browser sends");
        assertEquals(uscc, stored.getBusinessRegistrationNumber());
        assertEquals(0, new BigDecimal("500").compareTo(stored.getRegisteredCapital()));
    }

    @Test
    void aChangeFromAnOldFormIsRefusedNotSilentlyApplied() throws Exception {
        joined();
        SaveOutcome<MofcomFilingRules.Problem> draft = save(null, 0, TestData.completeMofcom(), WorkflowAction.SAVE_DRAFT);
        long opened = filer(() -> filings.find(draft.id())).getVersion();
        MofcomDetails first = TestData.completeMofcom();
        first.setRemarks("第一次修改");
        assertTrue(save(draft.id(), opened, first, WorkflowAction.SAVE_DRAFT).saved());
        MofcomDetails second = TestData.completeMofcom();
        second.setRemarks("旧页面的修改");
        assertThrows(ConcurrentChangeException.class, () -> save(draft.id(), opened, second, WorkflowAction.DECLARE));
        MofcomFiling now = filer(() -> filings.find(draft.id()));
        assertEquals("第一次修改", now.getDetails().getRemarks());
        assertEquals(ApplicationStatus.DRAFT, now.getStatus());
    }

    @Test
    void anotherEnterpriseFindsNothingByItsId() throws Exception {
        joined();
        SaveOutcome<MofcomFilingRules.Problem> draft = save(null, 0, TestData.completeMofcom(), WorkflowAction.SAVE_DRAFT);
        long version = filer(() -> filings.find(draft.id())).getVersion();
        assertThrows(MofcomFilingNotFoundException.class, () -> b(() -> filings.find(draft.id())));
        assertThrows(MofcomFilingNotFoundException.class, () -> b(() -> filings.history(draft.id())));
        assertThrows(MofcomFilingNotFoundException.class, () -> b(() -> filings.save(draft.id(), version, UUID.randomUUID().toString(),
                TestData.completeMofcom(), WorkflowAction.DECLARE)));
        assertThrows(MofcomFilingNotFoundException.class, () -> b(() -> {
            filings.delete(draft.id(), version);
            return null;
        }));
        assertNotEquals(draft.id(), b(() -> filings.current()).map(MofcomFiling::getId).orElse(null), "B's current filing is its own");
        assertEquals(version, filer(() -> filings.find(draft.id())).getVersion(), "unchanged");
    }
}
