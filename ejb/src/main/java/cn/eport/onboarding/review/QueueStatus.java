package cn.eport.onboarding.review;

import cn.eport.onboarding.workflow.ApplicationStatus;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which waiting applications the review queue lists: those nobody has claimed yet (the queue's
 * default), those in review by any reviewer, or both (the backlog of the dashboard).
 */
public enum QueueStatus {
    /** 待认领: declared, not yet claimed. */
    DECLARED(EnumSet.of(ApplicationStatus.DECLARED)),
    /** 审核中: claimed by a reviewer, not yet decided. */
    UNDER_REVIEW(EnumSet.of(ApplicationStatus.UNDER_REVIEW)),
    /** 待审结: both, every application still waiting for a decision. */
    WAITING(EnumSet.of(ApplicationStatus.DECLARED, ApplicationStatus.UNDER_REVIEW));

    private final Set<ApplicationStatus> statuses;

    QueueStatus(Set<ApplicationStatus> statuses) {
        this.statuses = Collections.unmodifiableSet(statuses);
    }

    public Set<ApplicationStatus> statuses() {
        return statuses;
    }

    /** The queue status that lists exactly the applications in this one status. */
    public static QueueStatus of(ApplicationStatus status) {
        return switch (status) {
            case DECLARED -> DECLARED;
            case UNDER_REVIEW -> UNDER_REVIEW;
            default -> throw new IllegalArgumentException(status + " is not a waiting status");
        };
    }
}
