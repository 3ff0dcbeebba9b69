package cn.eport.onboarding.review.dashboard;

import cn.eport.onboarding.workflow.ApplicationKind;
import cn.eport.onboarding.workflow.ApplicationNumber;
import cn.eport.onboarding.workflow.ApplicationStatus;

import java.time.Duration;
import java.time.Instant;

/** The application that has waited longest for a decision, and for how long at {@code asOf}. */
public record OldestWaiting(ApplicationKind kind, Long id, Instant createdAt, ApplicationStatus status, Instant declaredAt,
                            Instant asOf) {

    public Duration age() {
        Duration age = Duration.between(declaredAt, asOf);
        return age.isNegative() ? Duration.ZERO : age;
    }

    /** Whole days of its age. */
    public long days() {
        return age().toDays();
    }

    /** Whole hours of its age beyond {@link #days()}. */
    public int hours() {
        return age().toHoursPart();
    }

    public String number() {
        return ApplicationNumber.of(kind, createdAt, id);
    }
}
