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
        return taskList(built, Map.of());
    }

    /**
     * @param built     the progress of every built function; a function missing here is not open yet
     * @param obstacles what else stops a function that is not started (its source's finding)
     */
    public static List<Task> taskList(Map<EnterpriseFunction, FunctionProgress> built, Map<EnterpriseFunction, TaskObstacle> obstacles) {
        Set<ApplicationStatus> registrations = built.getOrDefault(EnterpriseFunction.REGISTRATION, FunctionProgress.NONE).statuses();
        return Arrays.stream(EnterpriseFunction.values())
                .map(f -> task(f, built.get(f), f.precondition().metBy(registrations), obstacles.get(f)))
                .toList();
    }

    /** A task nothing but its precondition can stop (see the next method). */
    public static Task task(EnterpriseFunction function, FunctionProgress progress, boolean preconditionMet) {
        return task(function, progress, preconditionMet, null);
    }

    /**
     * @param progress        the function's progress, {@code null} when the function is not built
     * @param preconditionMet whether the enterprise meets the function's precondition
     * @param obstacle        what else stops the enterprise from starting it ({@code null}: nothing); it
     *                        names the function's own first failed precondition, so it is shown instead of
     *                        the generic one
     */
    public static Task task(EnterpriseFunction function, FunctionProgress progress, boolean preconditionMet, TaskObstacle obstacle) {
        Precondition unmet = preconditionMet ? null : function.precondition();
        if (progress == null) {
            return new Task(function, TaskState.NOT_OPEN, null, null, null, NextStep.WAIT_FOR_OPENING, unmet);
        }
        if (progress.started()) {
            // an application exists: its status decides; the precondition was for starting it
            return new Task(function, TaskState.STARTED, progress.latestStatus(), progress.latestId(), progress.latestNumber(),
                    nextStep(progress.latestStatus()), null);
        }
        if (obstacle != null) {
            return new Task(function, TaskState.CANNOT_START, null, null, null, NextStep.MEET_PRECONDITION, null, obstacle);
        }
        return unmet != null
                ? new Task(function, TaskState.CANNOT_START, null, null, null, NextStep.MEET_PRECONDITION, unmet)
                : new Task(function, TaskState.NOT_STARTED, null, null, null, NextStep.START, null);
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
