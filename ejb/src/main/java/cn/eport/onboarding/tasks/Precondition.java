package cn.eport.onboarding.tasks;

import cn.eport.onboarding.workflow.ApplicationStatus;

import java.util.Set;

/** What must be true of the enterprise's 三证合一 records before a function can start. */
public enum Precondition {
    NONE,
    /** At least one 三证合一 record, in any status (F-51: "录入并暂存"). */
    REGISTRATION_SAVED,
    /** An approved 三证合一 record: the enterprise has joined (F-21, F-31, F-41). */
    REGISTRATION_APPROVED;

    /** Whether the enterprise's 三证合一 records, given by the statuses they are in, meet it. */
    public boolean metBy(Set<ApplicationStatus> registrationStatuses) {
        return switch (this) {
            case NONE -> true;
            case REGISTRATION_SAVED -> !registrationStatuses.isEmpty();
            case REGISTRATION_APPROVED -> registrationStatuses.contains(ApplicationStatus.APPROVED);
        };
    }
}
