package cn.eport.onboarding.review;

import cn.eport.onboarding.workflow.ApplicationStatus;

import java.time.Instant;
import java.util.Set;

/**
 * What one kind's {@link ReviewSource} lists for the console: applications in one of these statuses,
 * assigned to {@code assignee} unless it is null, matching the query's kind-independent conditions,
 * and declared before {@code declaredBefore} unless it is null (the overdue ones: the cut-off is the
 * kind's own, {@link ServiceLevels#overdueBefore}).
 */
public record QueueSelection(Set<ApplicationStatus> statuses, String assignee, ReviewQuery query, Instant declaredBefore) {

    public QueueSelection {
        statuses = Set.copyOf(statuses);
        if (statuses.isEmpty()) {
            throw new IllegalArgumentException("no status");
        }
    }
}
