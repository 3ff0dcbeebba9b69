package cn.eport.onboarding.tasks;

import cn.eport.onboarding.workflow.ApplicationStatus;

/**
 * One line of the enterprise's task list.
 *
 * @param status            the latest application's status when {@link TaskState#STARTED}, else {@code null}
 * @param applicationId     that application, else {@code null}
 * @param applicationNumber its 编号, else {@code null}
 * @param unmetPrecondition the precondition the enterprise does not meet yet, {@code null} when it does
 * @param obstacle          what else stops the enterprise from starting (a filing's failed precondition),
 *                          {@code null} for nothing
 */
public record Task(EnterpriseFunction function, TaskState state, ApplicationStatus status, Long applicationId,
                   String applicationNumber, NextStep nextStep, Precondition unmetPrecondition, TaskObstacle obstacle) {

    /** A task nothing but its precondition stops. */
    public Task(EnterpriseFunction function, TaskState state, ApplicationStatus status, Long applicationId,
                String applicationNumber, NextStep nextStep, Precondition unmetPrecondition) {
        this(function, state, status, applicationId, applicationNumber, nextStep, unmetPrecondition, null);
    }
}
