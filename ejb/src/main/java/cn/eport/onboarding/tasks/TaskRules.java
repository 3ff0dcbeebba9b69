package cn.eport.onboarding.tasks;

import cn.eport.onboarding.workflow.ApplicationStatus;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The task list's rules: what state each function is in and what the enterprise does next. */
public final class TaskRules {

    private TaskRules() {
    }

    /**
     * One task per function, in {@link EnterpriseFunction} order.
     *
     * @param built the progress of every built function; a function missing here is not open yet
     */
    public static List<Task> taskList(Map<EnterpriseFunction, FunctionProgress> built) {
        Set<ApplicationStatus> registrations = built.getOrDefault(EnterpriseFunction.REGISTRATION, FunctionProgress.NONE).statuses();
        return Arrays.stream(EnterpriseFunction.values())
                .map(f -> task(f, built.get(f), f.precondition().metBy(registrations)))
                .toList();
    }

    /**
     * @param progress        the function's progress, {@code null} when the function is not built
     * @param preconditionMet whether the enterprise meets the function's precondition
     */
    public static Task task(EnterpriseFunction function, FunctionProgress progress, boolean preconditionMet) {
        Precondition unmet = preconditionMet ? null : function.precondition();
        if (progress == null) {
            return new Task(function, TaskState.NOT_OPEN, null, null, NextStep.WAIT_FOR_OPENING, unmet);
        }
        if (progress.started()) {
            // an application exists: its status decides; the precondition was for starting it
            return new Task(function, TaskState.STARTED, progress.latestStatus(), progress.latestId(),
                    nextStep(progress.latestStatus()), null);
        }
        return unmet != null
                ? new Task(function, TaskState.CANNOT_START, null, null, NextStep.MEET_PRECONDITION, unmet)
                : new Task(function, TaskState.NOT_STARTED, null, null, NextStep.START, null);
    }

    /** What the owner does next with an application in this status (the state machine's owner actions). */
    public static NextStep nextStep(ApplicationStatus status) {
        return switch (status) {
            case DRAFT -> NextStep.CONTINUE_DRAFT;
            case DECLARED, UNDER_REVIEW -> NextStep.WAIT_FOR_REVIEW;
            case RETURNED -> NextStep.MODIFY_AND_DECLARE;
            case APPROVED -> NextStep.DONE;
        };
    }
}
