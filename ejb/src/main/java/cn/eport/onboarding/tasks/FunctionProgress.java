package cn.eport.onboarding.tasks;

import cn.eport.onboarding.workflow.ApplicationStatus;

import java.util.EnumSet;
import java.util.Set;

/**
 * How far one enterprise is with one function: its latest application (the one worked on last)
 * and the statuses its applications of that function are in now.
 *
 * @param latestId     the latest application, {@code null} when there is none
 * @param latestNumber its 编号 ({@link cn.eport.onboarding.workflow.ApplicationNumber}), {@code null} when there is none
 * @param latestStatus its status, {@code null} when there is none
 * @param statuses     the statuses of all its applications of this function
 */
public record FunctionProgress(Long latestId, String latestNumber, ApplicationStatus latestStatus, Set<ApplicationStatus> statuses) {

    /** No application yet. */
    public static final FunctionProgress NONE = new FunctionProgress(null, null, null, Set.of());

    public FunctionProgress {
        if ((latestId == null) != (latestStatus == null) || (latestId == null) != (latestNumber == null)
                || (latestId == null) != statuses.isEmpty()
                || latestStatus != null && !statuses.contains(latestStatus)) {
            throw new IllegalArgumentException("inconsistent progress: " + latestId + ", " + latestNumber + ", " + latestStatus
                    + ", " + statuses);
        }
        statuses = statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
    }

    public boolean started() {
        return latestId != null;
    }
}
