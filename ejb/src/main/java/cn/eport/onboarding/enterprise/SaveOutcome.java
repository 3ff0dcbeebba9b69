package cn.eport.onboarding.enterprise;

import cn.eport.onboarding.workflow.ApplicationStatus;

import java.util.List;

/**
 * What came of 暂存 or 申报: saved (with the record's id, status and version), or not saved because of
 * the listed problems (the form keeps what the user typed).
 */
public record SaveOutcome(Long id, ApplicationStatus status, long version, List<RegistrationRules.Problem> problems) {

    public boolean saved() {
        return problems.isEmpty();
    }

    static SaveOutcome refused(List<RegistrationRules.Problem> problems) {
        return new SaveOutcome(null, null, -1, List.copyOf(problems));
    }

    static SaveOutcome of(EnterpriseRegistration r) {
        return new SaveOutcome(r.getId(), r.getStatus(), r.getVersion(), List.of());
    }
}
