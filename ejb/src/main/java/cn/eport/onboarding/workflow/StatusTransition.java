package cn.eport.onboarding.workflow;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** One recorded status change of an application: who, when, from, to, why (SPEC "Statuses"). */
@Entity
@Table(name = "status_transition")
public class StatusTransition {

    @Id
    @SequenceGenerator(name = "status_transition_seq", sequenceName = "status_transition_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "status_transition_seq")
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "application_kind", nullable = false, length = 30)
    private ApplicationKind kind;

    @Column(name = "application_id", nullable = false)
    private Long applicationId;

    @Column(name = "enterprise_uscc", nullable = false, length = 18)
    private String enterpriseUscc;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20)
    private ApplicationStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20)
    private ApplicationStatus to;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, length = 20)
    private WorkflowAction action;

    @Column(nullable = false, length = 64)
    private String actor;

    @Column(length = 500)
    private String reason;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected StatusTransition() {
    }

    StatusTransition(Application application, ApplicationStatus from, ApplicationStatus to, WorkflowAction action,
                     String actor, String reason, Instant occurredAt) {
        this.kind = application.kind();
        this.applicationId = application.getId();
        this.enterpriseUscc = application.getEnterpriseUscc();
        this.from = from;
        this.to = to;
        this.action = action;
        this.actor = actor;
        this.reason = reason;
        this.occurredAt = occurredAt;
    }

    public ApplicationKind getKind() {
        return kind;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public ApplicationStatus getFrom() {
        return from;
    }

    public ApplicationStatus getTo() {
        return to;
    }

    public WorkflowAction getAction() {
        return action;
    }

    public String getActor() {
        return actor;
    }

    public String getReason() {
        return reason;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }
}
