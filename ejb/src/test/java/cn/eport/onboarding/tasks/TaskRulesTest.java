package cn.eport.onboarding.tasks;

import cn.eport.onboarding.workflow.ApplicationStatus;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static cn.eport.onboarding.tasks.EnterpriseFunction.CUSTOMS_FILING;
import static cn.eport.onboarding.tasks.EnterpriseFunction.FOREX_FILING;
import static cn.eport.onboarding.tasks.EnterpriseFunction.LEGAL_PERSON_CARD;
import static cn.eport.onboarding.tasks.EnterpriseFunction.MOFCOM_FILING;
import static cn.eport.onboarding.tasks.EnterpriseFunction.OPERATOR_PRE_ENTRY;
import static cn.eport.onboarding.tasks.EnterpriseFunction.REGISTRATION;
import static cn.eport.onboarding.workflow.ApplicationStatus.APPROVED;
import static cn.eport.onboarding.workflow.ApplicationStatus.DECLARED;
import static cn.eport.onboarding.workflow.ApplicationStatus.DRAFT;
import static cn.eport.onboarding.workflow.ApplicationStatus.RETURNED;
import static cn.eport.onboarding.workflow.ApplicationStatus.UNDER_REVIEW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TaskRulesTest {

    private static FunctionProgress latest(long id, ApplicationStatus status, ApplicationStatus... others) {
        Set<ApplicationStatus> all = EnumSet.of(status, others);
        return new FunctionProgress(id, "SZ2026-" + String.format("%06d", id), status, all);
    }

    @Test
    void theNextStepFollowsTheLatestApplicationsStatus() {
        assertEquals(NextStep.CONTINUE_DRAFT, TaskRules.nextStep(DRAFT));
        assertEquals(NextStep.WAIT_FOR_REVIEW, TaskRules.nextStep(DECLARED));
        assertEquals(NextStep.WAIT_FOR_REVIEW, TaskRules.nextStep(UNDER_REVIEW));
        assertEquals(NextStep.MODIFY_AND_DECLARE, TaskRules.nextStep(RETURNED));
        assertEquals(NextStep.DONE, TaskRules.nextStep(APPROVED));
    }

    @Test
    void aBuiltFunctionWithoutApplicationCanBeStartedWhenItsPreconditionIsMet() {
        Task task = TaskRules.task(REGISTRATION, FunctionProgress.NONE, true);
        assertEquals(new Task(REGISTRATION, TaskState.NOT_STARTED, null, null, null, NextStep.START, null), task);
        assertFalse(task.state().greyed());
    }

    @Test
    void aBuiltFunctionWhosePreconditionIsNotMetCannotStartAndSaysWhy() {
        Task task = TaskRules.task(MOFCOM_FILING, FunctionProgress.NONE, false);
        assertEquals(new Task(MOFCOM_FILING, TaskState.CANNOT_START, null, null, null, NextStep.MEET_PRECONDITION,
                Precondition.REGISTRATION_APPROVED), task);
        assertTrue(task.state().greyed());
    }

    @Test
    void aFilingsOwnFailedPreconditionIsShownInsteadOfTheGenericOneUntilItIsStarted() {
        TaskObstacle pending = new TaskObstacle("filing.obstacle.oldSystemPending", List.of("BA1", "2026-09-15"));
        Task blocked = TaskRules.task(MOFCOM_FILING, FunctionProgress.NONE, true, pending);
        assertEquals(new Task(MOFCOM_FILING, TaskState.CANNOT_START, null, null, null, NextStep.MEET_PRECONDITION, null, pending), blocked);
        assertTrue(blocked.state().greyed());
        assertEquals(pending, TaskRules.task(MOFCOM_FILING, FunctionProgress.NONE, false, pending).obstacle());
        Task started = TaskRules.task(MOFCOM_FILING, latest(3, APPROVED), true, pending);
        assertEquals(TaskState.STARTED, started.state());
        assertNull(started.obstacle(), "a filing that exists is shown by its status");
        List<Task> tasks = TaskRules.taskList(Map.of(REGISTRATION, latest(1, APPROVED), MOFCOM_FILING, FunctionProgress.NONE),
                Map.of(MOFCOM_FILING, pending));
        assertEquals(pending, tasks.get(1).obstacle());
    }

    @Test
    void aStartedApplicationShowsItsStatusIdAndNumber() {
        Task task = TaskRules.task(REGISTRATION, latest(7, RETURNED, APPROVED), true);
        assertEquals(new Task(REGISTRATION, TaskState.STARTED, RETURNED, 7L, "SZ2026-000007", NextStep.MODIFY_AND_DECLARE, null), task);
        assertFalse(task.state().greyed());
    }

    @Test
    void aFunctionThatIsNotBuiltIsNotOpenAndNamesItsUnmetPrecondition() {
        assertEquals(new Task(FOREX_FILING, TaskState.NOT_OPEN, null, null, null, NextStep.WAIT_FOR_OPENING, Precondition.REGISTRATION_APPROVED),
                TaskRules.task(FOREX_FILING, null, false));
        assertEquals(new Task(FOREX_FILING, TaskState.NOT_OPEN, null, null, null, NextStep.WAIT_FOR_OPENING, null),
                TaskRules.task(FOREX_FILING, null, true), "a met precondition is not mentioned");
        assertTrue(TaskState.NOT_OPEN.greyed());
    }

    @Test
    void preconditionsFollowTheSpec() {
        assertEquals(Precondition.NONE, REGISTRATION.precondition());
        assertEquals(Precondition.REGISTRATION_APPROVED, MOFCOM_FILING.precondition(), "F-21");
        assertEquals(Precondition.REGISTRATION_APPROVED, CUSTOMS_FILING.precondition(), "F-31");
        assertEquals(Precondition.REGISTRATION_APPROVED, FOREX_FILING.precondition(), "F-41");
        assertEquals(Precondition.REGISTRATION_SAVED, OPERATOR_PRE_ENTRY.precondition(), "F-51");

        assertTrue(Precondition.NONE.metBy(Set.of()));
        assertFalse(Precondition.REGISTRATION_SAVED.metBy(Set.of()));
        assertTrue(Precondition.REGISTRATION_SAVED.metBy(Set.of(DRAFT)), "a draft is enough for operators");
        assertFalse(Precondition.REGISTRATION_APPROVED.metBy(EnumSet.of(DRAFT, DECLARED, UNDER_REVIEW, RETURNED)));
        assertTrue(Precondition.REGISTRATION_APPROVED.metBy(EnumSet.of(DRAFT, APPROVED)), "any approved record has joined");
    }

    @Test
    void aNewEnterpriseMayStartOnlyItsRegistration() {
        List<Task> tasks = TaskRules.taskList(Map.of(REGISTRATION, FunctionProgress.NONE));
        assertEquals(List.of(REGISTRATION, MOFCOM_FILING, CUSTOMS_FILING, FOREX_FILING, OPERATOR_PRE_ENTRY, LEGAL_PERSON_CARD),
                tasks.stream().map(Task::function).toList(), "spec order");
        assertEquals(TaskState.NOT_STARTED, tasks.get(0).state());
        assertTrue(tasks.subList(1, tasks.size()).stream().allMatch(t -> t.state() == TaskState.NOT_OPEN));
        assertEquals(Precondition.REGISTRATION_APPROVED, tasks.get(1).unmetPrecondition());
        assertEquals(Precondition.REGISTRATION_SAVED, tasks.get(4).unmetPrecondition());
        assertNull(tasks.get(5).unmetPrecondition());
    }

    @Test
    void preconditionsAreJudgedOnEveryRegistrationRecordNotJustTheLatest() {
        Map<EnterpriseFunction, FunctionProgress> built = Map.of(REGISTRATION, latest(9, DRAFT, APPROVED),
                MOFCOM_FILING, FunctionProgress.NONE, OPERATOR_PRE_ENTRY, FunctionProgress.NONE);
        List<Task> tasks = TaskRules.taskList(built);
        assertEquals(NextStep.CONTINUE_DRAFT, tasks.get(0).nextStep());
        assertEquals(TaskState.NOT_STARTED, tasks.get(1).state(), "an approved record earlier is enough");
        assertEquals(TaskState.NOT_STARTED, tasks.get(4).state());

        List<Task> draftOnly = TaskRules.taskList(Map.of(REGISTRATION, latest(9, DRAFT),
                MOFCOM_FILING, FunctionProgress.NONE, OPERATOR_PRE_ENTRY, FunctionProgress.NONE));
        assertEquals(TaskState.CANNOT_START, draftOnly.get(1).state());
        assertEquals(TaskState.NOT_STARTED, draftOnly.get(4).state(), "operators need a saved draft only");
    }

    @Test
    void progressMustBeConsistent() {
        assertThrows(IllegalArgumentException.class, () -> new FunctionProgress(1L, "SZ2026-000001", null, Set.of(DRAFT)));
        assertThrows(IllegalArgumentException.class, () -> new FunctionProgress(1L, "SZ2026-000001", DRAFT, Set.of(APPROVED)));
        assertThrows(IllegalArgumentException.class, () -> new FunctionProgress(1L, null, DRAFT, Set.of(DRAFT)), "no number");
        assertThrows(IllegalArgumentException.class, () -> new FunctionProgress(null, null, null, Set.of(APPROVED)));
        assertFalse(FunctionProgress.NONE.started());
    }
}
