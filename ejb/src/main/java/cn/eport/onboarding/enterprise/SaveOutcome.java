package cn.eport.onboarding.enterprise;

import cn.eport.onboarding.workflow.ApplicationStatus;

import java.util.List;

/**
 * What came of 暂存 or 申报 of an application of any kind: saved (with its id, status and version),
 * or not saved because of the listed problems of that kind's rules (the form keeps what the user typed).
 *
 * @param <P> the kind's problem type
 */
public record SaveOutcome<P>(Long id, ApplicationStatus status, long version, List<P> problems) {

    public boolean saved() {
        return problems.isEmpty();
    }

    public static <P> SaveOutcome<P> refused(List<P> problems) {
        return new SaveOutcome<>(null, null, -1, List.copyOf(problems));
    }

    public static <P> SaveOutcome<P> of(EnterpriseApplication application) {
        return new SaveOutcome<>(application.getId(), application.getStatus(), application.getVersion(), List.of());
    }
}
