package cn.eport.onboarding.it.batch;

import cn.eport.onboarding.audit.AuditAction;
import cn.eport.onboarding.audit.AuditTrail;
import cn.eport.onboarding.batch.control.JobControlService.ExecutionState;
import cn.eport.onboarding.batch.reconcile.ReconcileReport;
import cn.eport.onboarding.batch.reconcile.ReportLine;
import cn.eport.onboarding.batch.run.Reject;
import cn.eport.onboarding.batch.run.StepCounter;
import cn.eport.onboarding.batch.run.StepRecords;
import cn.eport.onboarding.customs.CustomsFiling;
import cn.eport.onboarding.customs.CustomsFilingService;
import cn.eport.onboarding.directory.CustomsEnterpriseRecord;
import cn.eport.onboarding.directory.table.CustomsRecordEntry;
import cn.eport.onboarding.enterprise.EnterpriseRegistration;
import cn.eport.onboarding.enterprise.RegistrationService;
import cn.eport.onboarding.enterprise.SaveOutcome;
import cn.eport.onboarding.it.ActingUsers;
import cn.eport.onboarding.it.Deployments;
import cn.eport.onboarding.it.FilingFixtures;
import cn.eport.onboarding.it.RunAsBatchOperator;
import cn.eport.onboarding.it.TestData;
import cn.eport.onboarding.review.ReviewQuery;
import cn.eport.onboarding.review.ReviewService;
import cn.eport.onboarding.status.ApplicationSummary;
import cn.eport.onboarding.status.StatusQuery;
import cn.eport.onboarding.status.StatusQueryService;
import cn.eport.onboarding.workflow.ApplicationKind;
import cn.eport.onboarding.workflow.ApplicationStatus;
import cn.eport.onboarding.workflow.HistoryEntry;
import cn.eport.onboarding.workflow.WorkflowAction;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import static cn.eport.onboarding.workflow.ApplicationKind.CUSTOMS_FILING;
import static cn.eport.onboarding.workflow.ApplicationKind.ENTERPRISE_REGISTRATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The job review-reconcile in the real server (R-5, issue 10): applications in every status, a
 * results file naming them by 编号 and by USCC + kind, each line's category, the state changes and
 * what the enterprise and the reviewer then see, the filing number given at approval, a second run
 * of the same file, malformed lines, and files that cannot be read at all.
 */
@ExtendWith(ArquillianExtension.class)
class ReviewReconcileIT extends ActingUsers {

    private static final String JOB = "review-reconcile";
    private static final Duration AT_MOST = Duration.ofMinutes(2);
    private static final String HEADER = "decision_id,application_no,kind,uscc,decision,reason,reviewer,decided_at\n";
    /** 兰州关区, as the customs filing tests: the filing's 主管海关. */
    private static final String DISTRICT = "9500";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(ReviewReconcileIT.class);
    }

    @EJB
    private RunAsBatchOperator.BatchOperator asBatch;

    @Inject
    private FilingFixtures fixtures;

    @Inject
    private RegistrationService registrations;

    @Inject
    private CustomsFilingService customs;

    @Inject
    private ReviewService reviews;

    @Inject
    private StatusQueryService statusQuery;

    @Inject
    private AuditTrail audit;

    @Inject
    private StepRecords stepRecords;

    @Inject
    private ReconcileReport report;

    /**
     * The registrations are filed by it-filer on an enterprise of its own, never by a demo enterprise:
     * an approved record of ent-a would change what its forms suggest to the browser tests.
     */
    @BeforeEach
    void filerOnAnEnterpriseOfItsOwn() throws Exception {
        fixtures.newEnterprise("后台审核对账测试示例贸易有限公司", "王对账");
    }

    private Long registrationOfFiler(WorkflowAction action) throws Exception {
        SaveOutcome<?> saved = filer(() -> registrations.save(null, 0, UUID.randomUUID().toString(),
                TestData.completeRegistration(DISTRICT), action));
        assertTrue(saved.saved(), saved.problems().toString());
        return saved.id();
    }

    private CustomsFiling filing(Long id) throws Exception {
        return reviewer(() -> (CustomsFiling) reviews.details(CUSTOMS_FILING, id));
    }

    private String number(Long registrationId) throws Exception {
        return filer(() -> registrations.find(registrationId)).getNumber();
    }

    private ApplicationStatus status(Long registrationId) throws Exception {
        return filer(() -> registrations.find(registrationId)).getStatus();
    }

    private static String uniqueId(String name) {
        return "IT-" + name + "-" + UUID.randomUUID();
    }

    private static Path file(String content, Charset charset) throws Exception {
        return file(content, charset, ".csv");
    }

    private static Path file(String content, Charset charset, String suffix) throws Exception {
        Path file = Files.createTempFile("review-results-", suffix);
        Files.writeString(file, content, charset);
        return file;
    }

    private ExecutionState run(Path source) {
        Properties parameters = new Properties();
        parameters.setProperty("source", source.toString());
        // small chunks, so that the file spans several
        parameters.setProperty("itemCount", "3");
        return asBatch.run(JOB, parameters, AT_MOST);
    }

    private Map<StepCounter, Long> counts(ExecutionState run) throws Exception {
        return asBatch.attempt(() -> stepRecords.counts(run.instanceId()).get("reconcile")).get();
    }

    private Map<Long, ReportLine> reportOf(ExecutionState run) throws Exception {
        List<ReportLine> lines = asBatch.attempt(() -> report.lines(run.instanceId(), null, 0, 1000)).get();
        Map<Long, ReportLine> byLine = new java.util.TreeMap<>();
        lines.forEach(l -> byLine.put(l.line(), l));
        return byLine;
    }

    @Test
    void everyLineFallsInOneCategoryAndTheBackOfficeDecidesLikeAReviewer() throws Exception {
        // a customs filing of an enterprise of its own, named by USCC + kind: approval gives it its 海关注册编码
        String uscc = fixtures.newEnterprise("后台审核对账测试（兰州）示例贸易有限公司", "马后台");
        fixtures.joinThroughRegistration(DISTRICT);
        fixtures.seed(new CustomsRecordEntry(new CustomsEnterpriseRecord(uscc, "后台审核对账测试（兰州）示例贸易有限公司", "9501960002",
                DISTRICT, LocalDate.of(2020, 5, 6)), Instant.now()));
        SaveOutcome<?> filed = filer(() -> customs.save(null, 0, UUID.randomUUID().toString(), TestData.completeCustomsFiling(DISTRICT), WorkflowAction.DECLARE));
        assertEquals(ApplicationStatus.DECLARED, filed.status(), filed.problems().toString());
        fixtures.newEnterprise("后台审核对账测试示例贸易有限公司", "王对账");

        Long declared = registrationOfFiler(WorkflowAction.DECLARE);
        Long claimed = registrationOfFiler(WorkflowAction.DECLARE);
        reviewer(() -> reviews.claim(ENTERPRISE_REGISTRATION, claimed));
        Long draft = registrationOfFiler(WorkflowAction.SAVE_DRAFT);
        Long approved = registrationOfFiler(WorkflowAction.DECLARE);
        reviewer(() -> reviews.claim(ENTERPRISE_REGISTRATION, approved));
        reviewer(() -> reviews.approve(ENTERPRISE_REGISTRATION, approved));
        Long returned = registrationOfFiler(WorkflowAction.DECLARE);
        reviewer(() -> reviews.claim(ENTERPRISE_REGISTRATION, returned));
        reviewer(() -> reviews.returnToEnterprise(ENTERPRISE_REGISTRATION, returned, "注册地址与营业执照不一致。"));
        Long twice = registrationOfFiler(WorkflowAction.DECLARE);


        String idTwice = uniqueId("twice");
        String content = HEADER
                + uniqueId("declared") + "," + number(declared) + ",,,审核通过,,王后台,2026-12-05 21:30:00\n"        // line 2
                + uniqueId("claimed") + "," + number(claimed) + ",,,退回,经营范围填写不完整，请补充。,王后台,2026-12-05 21:31\n" // 3
                + uniqueId("draft") + "," + number(draft) + ",,,审核通过,,王后台,2026-12-05 21:32:00\n"                // 4
                + uniqueId("approved") + "," + number(approved) + ",,,RETURN,不应退回,王后台,2026-12-05 21:33:00\n"     // 5
                + uniqueId("returned") + "," + number(returned) + ",,,APPROVE,,王后台,2026-12-05 21:34:00\n"           // 6
                + uniqueId("unknown") + ",SZ2026-987654321,,,审核通过,,王后台,2026-12-05 21:35:00\n"                   // 7
                + idTwice + "," + number(twice) + ",,,审核通过,,王后台,2026-12-05 21:36:00\n"                          // 8
                + idTwice + "," + number(twice) + ",,,审核通过,,王后台,2026-12-05 21:36:00\n"                          // 9
                + uniqueId("malformed") + "," + number(twice) + ",,,同意,,王后台,2026-12-05 21:37:00\n"                // 10
                + uniqueId("customs") + ",,HG," + uscc + ",审核通过,,李后台,2026-12-05T21:38:00+08:00\n";            // 11
        Path source = file(content, StandardCharsets.UTF_8);

        ExecutionState first = run(source);
        assertEquals("COMPLETED", first.batchStatus(), first.exitStatus());
        Map<StepCounter, Long> expected = new EnumMap<>(StepCounter.class);
        expected.put(StepCounter.TOTAL, 10L);
        expected.put(StepCounter.READ, 10L);
        expected.put(StepCounter.APPLIED, 4L);
        expected.put(StepCounter.ALREADY_APPLIED, 1L);
        expected.put(StepCounter.UNKNOWN_APPLICATION, 1L);
        expected.put(StepCounter.ILLEGAL_TRANSITION, 2L);
        expected.put(StepCounter.CONFLICTING_DECISION, 1L);
        expected.put(StepCounter.REJECTED, 1L);
        assertEquals(expected, counts(first));

        Map<Long, ReportLine> lines = reportOf(first);
        assertEquals(List.of(2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L), List.copyOf(lines.keySet()), "every line, once");
        assertEquals(StepCounter.APPLIED, lines.get(2L).category());
        assertEquals(number(declared), lines.get(2L).applicationNo());
        assertEquals(StepCounter.APPLIED, lines.get(3L).category());
        assertEquals(StepCounter.ILLEGAL_TRANSITION, lines.get(4L).category());
        assertEquals("申请处于暂存状态（企业尚未申报），不能审核通过", lines.get(4L).message());
        assertEquals(StepCounter.ILLEGAL_TRANSITION, lines.get(5L).category());
        assertEquals(StepCounter.CONFLICTING_DECISION, lines.get(6L).category());
        assertEquals(StepCounter.UNKNOWN_APPLICATION, lines.get(7L).category());
        assertEquals("未找到申请编号为 SZ2026-987654321 的三证合一信息申请", lines.get(7L).message());
        assertEquals(StepCounter.APPLIED, lines.get(8L).category());
        assertEquals(StepCounter.ALREADY_APPLIED, lines.get(9L).category(), "the same decision id again in the same file");
        assertEquals(StepCounter.REJECTED, lines.get(10L).category());
        assertEquals(StepCounter.APPLIED, lines.get(11L).category());
        assertEquals(uscc, lines.get(11L).uscc());
        assertEquals(filed.id(), lines.get(11L).applicationId(), "found by USCC + kind");

        List<Reject> rejects = asBatch.attempt(() -> stepRecords.rejects(first.instanceId(), 0, 10)).get();
        assertEquals(1, rejects.size());
        assertEquals(10L, rejects.get(0).line());
        assertEquals("审核结果(decision)", rejects.get(0).field());
        assertEquals(source.toString(), rejects.get(0).sourceName());

        // the state changes, as a reviewer's: history, reason, audit, no claim left, the filing's number
        assertEquals(ApplicationStatus.APPROVED, status(declared));
        assertEquals(ApplicationStatus.RETURNED, status(claimed));
        assertEquals(ApplicationStatus.DRAFT, status(draft));
        assertEquals(ApplicationStatus.APPROVED, status(approved));
        assertEquals(ApplicationStatus.RETURNED, status(returned));
        assertEquals(ApplicationStatus.APPROVED, status(twice));
        HistoryEntry approval = last(reviewer(() -> reviews.history(ENTERPRISE_REGISTRATION, declared)));
        assertTrue(approval.byBackOffice(), approval.actor());
        assertEquals("王后台", approval.backOfficeReviewer());
        assertEquals(WorkflowAction.APPROVE, approval.action());
        assertEquals(ApplicationStatus.DECLARED, approval.from());
        HistoryEntry returning = last(filer(() -> registrations.history(claimed)));
        assertTrue(returning.byBackOffice());
        assertEquals("经营范围填写不完整，请补充。", returning.reason());
        assertEquals("经营范围填写不完整，请补充。", filer(() -> registrations.returnReason(claimed)).orElseThrow(), "the enterprise sees the reason");
        ApplicationSummary summary = filer(() -> statusQuery.list(StatusQuery.ALL, 0, 100_000)).stream()
                .filter(s -> s.kind() == ENTERPRISE_REGISTRATION && s.id().equals(claimed)).findFirst().orElseThrow();
        assertEquals("经营范围填写不完整，请补充。", summary.returnReason(), "the status query shows it like a reviewer's");
        assertFalse(reviewer(() -> reviews.myClaims(ReviewQuery.ALL, 0, 10_000)).stream().anyMatch(i -> i.id().equals(claimed)
                && i.kind() == ENTERPRISE_REGISTRATION), "the reviewer's claim ended with the back office's decision");
        assertTrue(reviewer(() -> audit.about(ENTERPRISE_REGISTRATION.name(), String.valueOf(declared))).stream()
                .anyMatch(e -> e.getAction() == AuditAction.TRANSITION && e.getActor().equals("(back-office) 王后台")), "audited");
        CustomsFiling filing = filing(filed.id());
        assertEquals(ApplicationStatus.APPROVED, filing.getStatus());
        assertNotNull(filing.getFilingNumber(), "the 海关注册编码 given at approval, as for a reviewer's");

        // the same file again: nothing applied twice, nothing changes
        int historyLength = reviewer(() -> reviews.history(ENTERPRISE_REGISTRATION, declared)).size();
        ExecutionState second = run(source);
        assertEquals("COMPLETED", second.batchStatus(), second.exitStatus());
        Map<StepCounter, Long> again = counts(second);
        assertNull(again.get(StepCounter.APPLIED), "applied nothing: " + again);
        assertEquals(5L, again.get(StepCounter.ALREADY_APPLIED), "the four applied and the repeated one");
        assertEquals(1L, again.get(StepCounter.REJECTED));
        assertEquals(historyLength, reviewer(() -> reviews.history(ENTERPRISE_REGISTRATION, declared)).size());
        assertEquals(filing.getFilingNumber(), filing(filed.id()).getFilingNumber());
    }

    @Test
    void aGb18030FileWithChineseHeadersIsReadToo() throws Exception {
        Long declared = registrationOfFiler(WorkflowAction.DECLARE);
        Path source = file("决定编号,申请编号,业务类型,统一社会信用代码,审核结果,退回原因,审核人,审核时间\n"
                + uniqueId("gb") + "," + number(declared) + ",三证合一信息,,退回,请补充经营范围。,赵后台,2026-12-05 22:00:00\n",
                Charset.forName("GB18030"));
        ExecutionState run = run(source);
        assertEquals("COMPLETED", run.batchStatus(), run.exitStatus());
        assertEquals(1L, counts(run).get(StepCounter.APPLIED));
        assertEquals("请补充经营范围。", filer(() -> registrations.returnReason(declared)).orElseThrow());
        assertEquals("赵后台", last(filer(() -> registrations.history(declared))).backOfficeReviewer());
    }

    @Test
    void anXmlFileIsReadTooAlsoWithEveryRecordOnOneLine() throws Exception {
        Long declared = registrationOfFiler(WorkflowAction.DECLARE);
        String decisionId = uniqueId("xml");
        Path source = file("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<review-results>"
                + "<result><decision_id>" + decisionId + "</decision_id><application_no>" + number(declared) + "</application_no>"
                + "<decision>审核通过</decision><reviewer>钱后台</reviewer><decided_at>2026-12-05 22:10:00</decided_at></result>"
                + "<result><decision_id>" + uniqueId("xml-unknown") + "</decision_id><application_no>SZ2026-987654321</application_no>"
                + "<decision>审核通过</decision><reviewer>钱后台</reviewer><decided_at>2026-12-05 22:11:00</decided_at></result>"
                + "</review-results>\n", StandardCharsets.UTF_8, ".xml");
        ExecutionState run = run(source);
        assertEquals("COMPLETED", run.batchStatus(), run.exitStatus());
        assertEquals(1L, counts(run).get(StepCounter.APPLIED));
        assertEquals(1L, counts(run).get(StepCounter.UNKNOWN_APPLICATION));
        assertEquals(ApplicationStatus.APPROVED, status(declared));
        List<ReportLine> lines = asBatch.attempt(() -> report.lines(run.instanceId(), null, 0, 10)).get();
        assertEquals(List.of(1L, 2L), lines.stream().map(ReportLine::recordNo).toList(), "both records of line 2");
        assertEquals(List.of(2L, 2L), lines.stream().map(ReportLine::line).toList());
        assertEquals(decisionId, lines.get(0).decisionId());
    }

    @Test
    void aFileThatCannotBeReadOnFailsTheRunBeforeAnythingIsApplied() throws Exception {
        Long declared = registrationOfFiler(WorkflowAction.DECLARE);
        Path source = file(HEADER + uniqueId("good") + "," + number(declared) + ",,,审核通过,,王后台,2026-12-05 21:30:00\n"
                + uniqueId("open") + "," + number(declared) + ",,,退回,\"引号未闭合,王后台,2026-12-05 21:31:00\n", StandardCharsets.UTF_8);
        ExecutionState run = run(source);
        assertEquals("FAILED", run.batchStatus());
        assertTrue(run.exitStatus().startsWith("审核结果文件第 3 行起无法读取"), run.exitStatus());
        assertEquals(ApplicationStatus.DECLARED, status(declared), "nothing applied");
    }

    @Test
    void aMissingFileFailsTheRunNamingIt() throws Exception {
        Path missing = Files.createTempDirectory("review-results-").resolve("none.csv");
        ExecutionState run = run(missing);
        assertEquals("FAILED", run.batchStatus());
        assertEquals("审核结果文件不存在：" + missing, run.exitStatus());
        assertFalse(asBatch.attempt(() -> report.exists(run.instanceId())).get());
    }

    @Test
    void withoutASourceConfiguredOrGivenTheRunFailsSayingWhatToSet() {
        ExecutionState run = asBatch.run(JOB, new Properties(), AT_MOST);
        assertEquals("FAILED", run.batchStatus());
        assertEquals("未配置审核结果文件的位置（eport.batch.review-reconcile.source）", run.exitStatus());
    }

    @Test
    void aHeaderWithoutTheRequiredColumnsFailsTheRunNamingThem() throws Exception {
        Path source = file("decision_id,application_no,decision\nX-1,SZ2026-000001,审核通过\n", StandardCharsets.UTF_8);
        ExecutionState run = run(source);
        assertEquals("FAILED", run.batchStatus());
        assertTrue(run.exitStatus().startsWith("审核结果文件的表头缺少以下列：业务类型(kind)、统一社会信用代码(uscc)、退回原因(reason)、审核人(reviewer)、审核时间(decided_at)"),
                run.exitStatus());
    }

    private static HistoryEntry last(List<HistoryEntry> history) {
        return history.get(history.size() - 1);
    }
}
