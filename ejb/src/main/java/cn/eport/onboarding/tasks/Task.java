package cn.eport.onboarding.tasks;

import cn.eport.onboarding.workflow.ApplicationStatus;

/**
 * One line of the enterprise's task list.
 *
 * @param status            the latest application's status when {@link TaskState#STARTED}, else {@code null}
 * @param applicationId     that application, else {@code null}
 * @param unmetPrecondition the precondition the enterprise does not meet yet, {@code null} when it does
 */
public record Task(EnterpriseFunction function, TaskState state, ApplicationStatus status, Long applicationId,
                   NextStep nextStep, Precondition unmetPrecondition) {
}
