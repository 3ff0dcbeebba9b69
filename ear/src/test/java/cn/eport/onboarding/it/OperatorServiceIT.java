package cn.eport.onboarding.it;

import cn.eport.onboarding.enterprise.ConcurrentChangeException;
import cn.eport.onboarding.enterprise.RegistrationDetails;
import cn.eport.onboarding.enterprise.RegistrationService;
import cn.eport.onboarding.enterprise.SaveOutcome;
import cn.eport.onboarding.operator.DraftsOutcome;
import cn.eport.onboarding.operator.Gender;
import cn.eport.onboarding.operator.Operator;
import cn.eport.onboarding.operator.OperatorDetails;
import cn.eport.onboarding.operator.OperatorInput;
import cn.eport.onboarding.operator.OperatorNotFoundException;
import cn.eport.onboarding.operator.OperatorQuery;
import cn.eport.onboarding.operator.OperatorRefusedException;
import cn.eport.onboarding.operator.OperatorRules;
import cn.eport.onboarding.operator.OperatorService;
import cn.eport.onboarding.review.ReviewItem;
import cn.eport.onboarding.review.ReviewItemNotFoundException;
import cn.eport.onboarding.review.ReviewQuery;
import cn.eport.onboarding.review.ReviewService;
import cn.eport.onboarding.status.StatusQuery;
import cn.eport.onboarding.status.StatusQueryService;
import cn.eport.onboarding.tasks.EnterpriseFunction;
import cn.eport.onboarding.tasks.TaskListService;
import cn.eport.onboarding.workflow.ApplicationStatus;
import cn.eport.onboarding.workflow.IllegalTransitionException;
import cn.eport.onboarding.workflow.WorkflowAction;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static cn.eport.onboarding.workflow.ApplicationKind.OPERATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 操作员信息预录入 (F-50..F-53) in the real server, each test with an enterprise of its own (the filer):
 * the precondition (a saved 三证合一 record), tenant scoping, one entry per person (by the service and by
 * the table's unique key), optimistic locking, delete of drafts only, the list's query and paging in the
 * database, many drafts at once all or nothing, and a declared operator through the review console
 * (return with reason, declare again, approve), the status query and the task list.
 */
@ExtendWith(ArquillianExtension.class)
class OperatorServiceIT extends ActingUsers {

    /** 包头海关: the 主管海关 of these enterprises' 三证合一 records; no other test files under it. */
    private static final String DISTRICT = "0703";
    private static final String MALE_1985 = "110105198506120018";
    private static final String FEMALE_1990 = "11010119900307002X";
    private static final String MALE_1992 = "440304199211080050";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(OperatorServiceIT.class);
    }

    @Inject
    private FilingFixtures fixtures;

    @Inject
    private OperatorService operators;

    @Inject
    private RegistrationService registrations;

    @Inject
    private ReviewService reviews;

    @Inject
    private StatusQueryService statusQuery;

    @Inject
    private TaskListService taskList;

    private static OperatorDetails person(String idNumber, String name) {
        return OperatorDetails.of(new OperatorInput("201", idNumber, name, null, null, "13800138000", "010-62345678",
                "op@example.cn", "包头市昆都仑区钢铁大街1号", "014010"));
    }

    /** A new enterprise of the filer's with a 三证合一 draft in {@link #DISTRICT} (F-51: a draft is enough). */
    private String registeredEnterprise(String name) throws Exception {
        String uscc = fixtures.newEnterprise(name, "操作员测试法人");
        SaveOutcome<?> draft = filer(() -> registrations.save(null, 0, UUID.randomUUID().toString(),
                TestData.completeRegistration(DISTRICT), WorkflowAction.SAVE_DRAFT));
        assertTrue(draft.saved(), draft.problems().toString());
        return uscc;
    }

    private SaveOutcome<OperatorRules.Problem> save(Long id, long version, OperatorDetails details, WorkflowAction action) throws Exception {
        return filer(() -> operators.save(id, version, UUID.randomUUID().toString(), details, action));
    }

    private SaveOutcome<OperatorRules.Problem> saved(Long id, long version, OperatorDetails details, WorkflowAction action) throws Exception {
        SaveOutcome<OperatorRules.Problem> outcome = save(id, version, details, action);
        assertTrue(outcome.saved(), outcome.problems().toString());
        return outcome;
    }

    @Test
    void operatorsWaitForASavedRegistrationRecordWhoseEnterpriseTheyShow() throws Exception {
        String uscc = fixtures.newEnterprise("操作员前置条件测试有限公司", "赵前置");
        assertTrue(filer(() -> operators.registration()).isEmpty());
        OperatorRefusedException refused = assertThrows(OperatorRefusedException.class,
                () -> save(null, 0, person(MALE_1985, "李强"), WorkflowAction.SAVE_DRAFT));
        assertEquals(OperatorRefusedException.Reason.NO_REGISTRATION, refused.reason());
        assertThrows(OperatorRefusedException.class, () -> filer(() -> operators.saveDrafts(List.of(person(MALE_1985, "李强").toInput()))));
        assertEquals(0, filer(() -> operators.count(OperatorQuery.ALL)));

        filer(() -> registrations.save(null, 0, UUID.randomUUID().toString(), new RegistrationDetails(), WorkflowAction.SAVE_DRAFT));
        assertEquals(uscc, filer(() -> operators.registration()).orElseThrow().getEnterpriseUscc());
        Long id = saved(null, 0, person(MALE_1985, " 李强 "), WorkflowAction.SAVE_DRAFT).id();
        Operator stored = filer(() -> operators.find(id));
        assertEquals(uscc, stored.getEnterpriseUscc());
        assertEquals("操作员前置条件测试有限公司", stored.getEnterpriseName());
        assertEquals(ApplicationStatus.DRAFT, stored.getStatus());
        assertEquals("李强", stored.getDetails().getName());
        assertEquals(Gender.MALE, stored.getDetails().getGender(), "from the resident ID");
        assertEquals(LocalDate.of(1985, 6, 12), stored.getDetails().getBirthDate());
        assertTrue(stored.getNumber().startsWith("CZ"), stored.getNumber());
    }

    @Test
    void anEnterpriseSeesAndChangesItsOwnOperatorsOnly() throws Exception {
        registeredEnterprise("操作员租户测试有限公司");
        Long id = saved(null, 0, person(FEMALE_1990, "王芳"), WorkflowAction.SAVE_DRAFT).id();

        assertThrows(OperatorNotFoundException.class, () -> a(() -> operators.find(id)));
        assertThrows(OperatorNotFoundException.class, () -> a(() -> {
            operators.delete(id, 0);
            return null;
        }));
        assertThrows(OperatorNotFoundException.class, () -> a(() -> operators.history(id)));
        assertThrows(OperatorNotFoundException.class,
                () -> a(() -> operators.save(id, 0, UUID.randomUUID().toString(), person(FEMALE_1990, "改名"), WorkflowAction.SAVE_DRAFT)));
        assertFalse(a(() -> operators.list(OperatorQuery.ALL, 0, 1000)).stream().anyMatch(o -> o.getId().equals(id)));
        assertEquals(List.of(id), filer(() -> operators.list(OperatorQuery.ALL, 0, 10)).stream().map(Operator::getId).toList());
        assertEquals("王芳", filer(() -> operators.find(id)).getDetails().getName(), "unchanged");
    }

    @Test
    void thePersonIsEnteredOncePerEnterprise() throws Exception {
        registeredEnterprise("操作员重复测试有限公司");
        Long first = saved(null, 0, person(MALE_1985, "李强"), WorkflowAction.SAVE_DRAFT).id();

        SaveOutcome<OperatorRules.Problem> again = save(null, 0, person("110105850612001", "李强"), WorkflowAction.SAVE_DRAFT);
        assertEquals(List.of(new OperatorRules.Problem(OperatorRules.Field.ID_NUMBER, OperatorRules.DUPLICATE)), again.problems(),
                "the 15-digit form of the same resident ID");
        assertEquals(1, filer(() -> operators.count(OperatorQuery.ALL)));

        OperatorDetails passport = OperatorDetails.of(new OperatorInput("208", "E12345678", "John Smith", Gender.MALE,
                LocalDate.of(1980, 1, 2), "13900139000", null, null, null, null));
        Long second = saved(null, 0, passport, WorkflowAction.SAVE_DRAFT).id();
        Operator stored = filer(() -> operators.find(first));
        saved(first, stored.getVersion(), person(MALE_1985, "李强强"), WorkflowAction.SAVE_DRAFT);
        SaveOutcome<OperatorRules.Problem> clash = save(second, filer(() -> operators.find(second)).getVersion(),
                person(MALE_1985, "John Smith"), WorkflowAction.SAVE_DRAFT);
        assertEquals(OperatorRules.DUPLICATE, clash.problems().get(0).key(), "changed into another entry's person");

        // another enterprise may enter the same person
        SaveOutcome<OperatorRules.Problem> elsewhere = a(() -> operators.save(null, 0, UUID.randomUUID().toString(),
                person(MALE_1985, "李强"), WorkflowAction.SAVE_DRAFT));
        assertTrue(elsewhere.saved(), elsewhere.problems().toString());
        a(() -> {
            operators.delete(elsewhere.id(), elsewhere.version());
            return null;
        });
    }

    /**
     * The same person saved twice at the same moment (two tabs): one is stored; the other is refused with
     * the same message, by the service's check or, when both passed it, by the table's unique key.
     */
    @Test
    void twoSavesOfOnePersonAtOnceStoreOne() throws Exception {
        registeredEnterprise("操作员并发重复测试有限公司");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<String> people = List.of(MALE_1985, FEMALE_1990, MALE_1992);
            for (String person : people) {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<RunAsEnterpriseUser.Attempt<SaveOutcome<OperatorRules.Problem>>>> attempts = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    attempts.add(pool.submit(() -> {
                        start.await();
                        return asFiler.attempt(() -> operators.save(null, 0, UUID.randomUUID().toString(), person(person, "并发"),
                                WorkflowAction.SAVE_DRAFT));
                    }));
                }
                start.countDown();
                int stored = 0;
                for (Future<RunAsEnterpriseUser.Attempt<SaveOutcome<OperatorRules.Problem>>> attempt : attempts) {
                    RunAsEnterpriseUser.Attempt<SaveOutcome<OperatorRules.Problem>> done = attempt.get(60, TimeUnit.SECONDS);
                    if (done.failure() != null) {
                        assertEquals(OperatorRefusedException.Reason.DUPLICATE, ((OperatorRefusedException) done.failure()).reason(), person);
                    } else if (done.value().saved()) {
                        stored++;
                    } else {
                        assertEquals(OperatorRules.DUPLICATE, done.value().problems().get(0).key(), person);
                    }
                }
                assertEquals(1, stored, person);
            }
            assertEquals(people.size(), filer(() -> operators.count(OperatorQuery.ALL)));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aStaleVersionChangesNothing() throws Exception {
        registeredEnterprise("操作员并发测试有限公司");
        SaveOutcome<OperatorRules.Problem> draft = saved(null, 0, person(MALE_1992, "陈明"), WorkflowAction.SAVE_DRAFT);
        SaveOutcome<OperatorRules.Problem> changed = saved(draft.id(), draft.version(), person(MALE_1992, "陈明明"), WorkflowAction.SAVE_DRAFT);
        assertTrue(changed.version() > draft.version());

        assertThrows(ConcurrentChangeException.class, () -> save(draft.id(), draft.version(), person(MALE_1992, "旧版本"), WorkflowAction.DECLARE));
        assertThrows(ConcurrentChangeException.class, () -> filer(() -> {
            operators.delete(draft.id(), draft.version());
            return null;
        }));
        Operator stored = filer(() -> operators.find(draft.id()));
        assertEquals("陈明明", stored.getDetails().getName());
        assertEquals(ApplicationStatus.DRAFT, stored.getStatus());
    }

    @Test
    void onlyDraftsAreDeletedAndADeclarationNeedsTheWholeForm() throws Exception {
        registeredEnterprise("操作员删除测试有限公司");
        SaveOutcome<OperatorRules.Problem> draft = saved(null, 0, person(MALE_1985, "李强"), WorkflowAction.SAVE_DRAFT);
        filer(() -> {
            operators.delete(draft.id(), draft.version());
            return null;
        });
        assertThrows(OperatorNotFoundException.class, () -> filer(() -> operators.find(draft.id())));

        OperatorDetails nameless = person(FEMALE_1990, null);
        nameless.setMobile("12345");
        SaveOutcome<OperatorRules.Problem> refused = save(null, 0, nameless, WorkflowAction.DECLARE);
        assertEquals(List.of(OperatorRules.Field.NAME, OperatorRules.Field.MOBILE),
                refused.problems().stream().map(OperatorRules.Problem::field).toList());
        nameless.setGender(Gender.MALE);
        assertEquals(OperatorRules.GENDER_MISMATCH, save(null, 0, nameless, WorkflowAction.SAVE_DRAFT).problems().get(0).key());

        SaveOutcome<OperatorRules.Problem> declared = saved(null, 0, person(FEMALE_1990, "王芳"), WorkflowAction.DECLARE);
        assertEquals(ApplicationStatus.DECLARED, declared.status());
        assertThrows(IllegalTransitionException.class, () -> filer(() -> {
            operators.delete(declared.id(), declared.version());
            return null;
        }));
    }

    @Test
    void theListIsQueriedAndPagedInTheDatabase() throws Exception {
        registeredEnterprise("操作员列表测试有限公司");
        saved(null, 0, person(MALE_1985, "李强"), WorkflowAction.SAVE_DRAFT);
        saved(null, 0, person(FEMALE_1990, "王芳"), WorkflowAction.DECLARE);
        saved(null, 0, person(MALE_1992, "王强"), WorkflowAction.SAVE_DRAFT);

        assertEquals(3, filer(() -> operators.count(OperatorQuery.ALL)));
        assertEquals(List.of("王强", "王芳"), names(new OperatorQuery(null, null, null), 0, 2), "newest change first, one page");
        assertEquals(List.of("李强"), names(new OperatorQuery(null, null, null), 2, 2));
        assertEquals(List.of("王芳"), names(new OperatorQuery(" 110101 19900307 ", null, null), 0, 10), "by the start of the 证件号码");
        assertEquals(List.of("李强"), names(new OperatorQuery(MALE_1985, null, null), 0, 10));
        assertEquals(List.of("王强", "王芳"), names(new OperatorQuery(null, "王", null), 0, 10), "by a part of the name");
        assertEquals(List.of("王强", "李强"), names(new OperatorQuery(null, null, ApplicationStatus.DRAFT), 0, 10));
        assertEquals(List.of(), names(new OperatorQuery("%", null, null), 0, 10), "wildcards are plain characters");
        assertEquals(1, filer(() -> operators.count(new OperatorQuery(null, "王", ApplicationStatus.DECLARED))));
    }

    private List<String> names(OperatorQuery query, int first, int max) throws Exception {
        return filer(() -> operators.list(query, first, max)).stream().map(o -> o.getDetails().getName()).toList();
    }

    @Test
    void manyDraftsAreSavedAllOrNothing() throws Exception {
        registeredEnterprise("操作员批量测试有限公司");
        saved(null, 0, person(MALE_1985, "李强"), WorkflowAction.SAVE_DRAFT);

        List<OperatorInput> rows = new ArrayList<>(List.of(person(FEMALE_1990, "王芳").toInput(), person(MALE_1992, "陈明").toInput(),
                person(MALE_1985, "李强").toInput(), person(FEMALE_1990, "王芳").toInput(),
                new OperatorInput("201", "110105198506120019", "错号", null, null, null, null, null, null, null)));
        DraftsOutcome refused = filer(() -> operators.saveDrafts(rows));
        assertFalse(refused.saved());
        assertEquals(List.of(2, 3, 4), List.copyOf(refused.rejected().keySet()));
        assertEquals(OperatorRules.DUPLICATE, refused.rejected().get(2).get(0).key(), "stored already");
        assertEquals(OperatorRules.DUPLICATE, refused.rejected().get(3).get(0).key(), "earlier in the list");
        assertEquals(OperatorRules.ID_NUMBER_INVALID, refused.rejected().get(4).get(0).key());
        assertEquals(refused.rejected(), filer(() -> operators.checkDrafts(rows)));
        assertEquals(1, filer(() -> operators.count(OperatorQuery.ALL)), "nothing stored");

        DraftsOutcome saved = filer(() -> operators.saveDrafts(rows.subList(0, 2)));
        assertTrue(saved.saved());
        assertEquals(2, saved.ids().size());
        assertEquals(3, filer(() -> operators.count(OperatorQuery.ALL)));
        Operator stored = filer(() -> operators.find(saved.ids().get(1)));
        assertEquals("陈明", stored.getDetails().getName());
        assertEquals(ApplicationStatus.DRAFT, stored.getStatus());
        assertEquals(DISTRICT, stored.getDetails().getCustomsDistrictCode());
        assertEquals(1, filer(() -> operators.history(stored.getId())).size());
    }

    /** A bulk import's size: 500 fresh people as drafts in one transaction (the time is printed for the import's note). */
    @Test
    void fiveHundredDraftsAreSavedInOneCall() throws Exception {
        registeredEnterprise("操作员五百测试有限公司");
        List<OperatorInput> rows = new ArrayList<>();
        java.util.Set<String> numbers = new java.util.HashSet<>();
        while (rows.size() < 500) {
            OperatorInput row = TestData.completeOperator().toInput();
            if (numbers.add(row.idNumber())) {
                rows.add(row);
            }
        }
        long started = System.nanoTime();
        DraftsOutcome outcome = filer(() -> operators.saveDrafts(rows));
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("OperatorServiceIT: 500 operator drafts saved in " + millis + " ms");
        assertTrue(outcome.saved(), outcome.rejected().toString());
        assertEquals(500, outcome.ids().size());
        assertEquals(500, filer(() -> operators.count(OperatorQuery.ALL)));
        assertEquals(List.of(), filer(() -> operators.list(new OperatorQuery(null, null, ApplicationStatus.DECLARED), 0, 10)));
    }

    @Test
    void aDeclaredOperatorIsReviewedLikeEveryApplication() throws Exception {
        registeredEnterprise("操作员审核测试有限公司");
        SaveOutcome<OperatorRules.Problem> draft = saved(null, 0, person(MALE_1992, "陈明"), WorkflowAction.SAVE_DRAFT);
        assertThrows(ReviewItemNotFoundException.class, () -> reviewer(() -> reviews.item(OPERATOR, draft.id())), "a draft is the enterprise's");

        SaveOutcome<OperatorRules.Problem> declared = saved(draft.id(), draft.version(), person(MALE_1992, "陈明"), WorkflowAction.DECLARE);
        ReviewQuery mine = new ReviewQuery(OPERATOR, DISTRICT, null);
        assertTrue(reviewer(() -> reviews.queue(mine, 0, 100)).stream().anyMatch(i -> i.id().equals(declared.id())));
        assertTrue(reviewer(() -> reviews.kinds()).contains(OPERATOR));
        assertEquals("陈明", ((Operator) reviewer(() -> reviews.details(OPERATOR, declared.id()))).getDetails().getName());

        reviewer(() -> reviews.claim(OPERATOR, declared.id()));
        ReviewItem returned = reviewer(() -> reviews.returnToEnterprise(OPERATOR, declared.id(), "手机号码无法接通，请核实。"));
        assertEquals(ApplicationStatus.RETURNED, returned.status());
        assertEquals("手机号码无法接通，请核实。", filer(() -> operators.returnReason(declared.id())).orElseThrow());

        Operator back = filer(() -> operators.find(declared.id()));
        OperatorDetails corrected = person(MALE_1992, "陈明");
        corrected.setMobile("13900139000");
        saved(back.getId(), back.getVersion(), corrected, WorkflowAction.DECLARE);
        reviewer(() -> reviews.claim(OPERATOR, declared.id()));
        assertEquals(ApplicationStatus.APPROVED, reviewer(() -> reviews.approve(OPERATOR, declared.id())).status());

        assertTrue(filer(() -> statusQuery.list(StatusQuery.ALL, 0, 100)).stream()
                .anyMatch(s -> s.kind() == OPERATOR && s.id().equals(declared.id()) && s.status() == ApplicationStatus.APPROVED));
        assertTrue(filer(() -> taskList.tasks()).stream().anyMatch(t -> t.function() == EnterpriseFunction.OPERATOR_PRE_ENTRY
                && declared.id().equals(t.applicationId())));
        assertEquals(List.of(WorkflowAction.SAVE_DRAFT, WorkflowAction.DECLARE, WorkflowAction.CLAIM, WorkflowAction.RETURN,
                        WorkflowAction.DECLARE, WorkflowAction.CLAIM, WorkflowAction.APPROVE),
                filer(() -> operators.history(declared.id())).stream().map(h -> h.action()).toList());
    }
}
