package cn.eport.onboarding.workflow;

/**
 * What the state machine needs of an application of any kind. Entities implement it; only
 * {@link WorkflowService} changes the status.
 */
public interface Application {

    ApplicationKind kind();

    Long getId();

    String getEnterpriseUscc();

    ApplicationStatus getStatus();

    /** Called by {@link WorkflowService} only, after the state machine allowed the change. */
    void moveTo(ApplicationStatus status, java.time.Instant at);
}
