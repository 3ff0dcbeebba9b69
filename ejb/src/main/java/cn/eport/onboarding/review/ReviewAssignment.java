package cn.eport.onboarding.review;

import cn.eport.onboarding.workflow.Application;
import cn.eport.onboarding.workflow.ApplicationKind;
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

/**
 * The reviewer who claimed an application and is reviewing it now, for every application
 * kind: keyed by (kind, id), unique, so two simultaneous claims cannot both be stored. Removed when
 * the review ends (approve or return); the recorded transitions keep who did what.
 */
@Entity
@Table(name = "review_assignment")
public class ReviewAssignment {

    @Id
    @SequenceGenerator(name = "review_assignment_seq", sequenceName = "review_assignment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_assignment_seq")
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "application_kind", nullable = false, length = 30, updatable = false)
    private ApplicationKind kind;

    @Column(name = "application_id", nullable = false, updatable = false)
    private Long applicationId;

    @Column(name = "enterprise_uscc", nullable = false, length = 18, updatable = false)
    private String enterpriseUscc;

    @Column(nullable = false, length = 64)
    private String assignee;

    @Column(name = "claimed_at", nullable = false)
    private Instant claimedAt;

    protected ReviewAssignment() {
    }

    ReviewAssignment(Application application, String assignee, Instant claimedAt) {
        this.kind = application.kind();
        this.applicationId = application.getId();
        this.enterpriseUscc = application.getEnterpriseUscc();
        this.assignee = assignee;
        this.claimedAt = claimedAt;
    }

    public ApplicationKind getKind() {
        return kind;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public String getEnterpriseUscc() {
        return enterpriseUscc;
    }

    public String getAssignee() {
        return assignee;
    }

    public Instant getClaimedAt() {
        return claimedAt;
    }
}
