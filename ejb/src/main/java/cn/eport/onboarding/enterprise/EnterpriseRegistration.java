package cn.eport.onboarding.enterprise;

import cn.eport.onboarding.workflow.Application;
import cn.eport.onboarding.workflow.ApplicationKind;
import cn.eport.onboarding.workflow.ApplicationStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
 * 三证合一信息: an enterprise's unified business-licence data as it applies to join the E-Port
 * (F-10..F-17). USCC, name and legal person come from the account and never change; the rest is
 * back-filled from the registry where known and completed by the user.
 */
@Entity
@Table(name = "enterprise_registration")
public class EnterpriseRegistration implements Application {

    @Id
    @SequenceGenerator(name = "enterprise_registration_seq", sequenceName = "enterprise_registration_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "enterprise_registration_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "enterprise_uscc", nullable = false, length = 18, updatable = false)
    private String enterpriseUscc;

    @Column(name = "enterprise_name", nullable = false, length = 200)
    private String enterpriseName;

    @Column(name = "legal_person", nullable = false, length = 100)
    private String legalPerson;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ApplicationStatus status;

    /** The form instance that created this record, so a resent first 暂存/申报 creates nothing twice. */
    @Column(name = "creation_token", nullable = false, length = 36, unique = true, updatable = false)
    private String creationToken;

    /** The form submission that last changed this record, so a resent submission changes nothing twice. */
    @Column(name = "last_request_token", length = 36)
    private String lastRequestToken;

    @Embedded
    private RegistrationDetails details = new RegistrationDetails();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "declared_at")
    private Instant declaredAt;

    @Column(name = "status_changed_at")
    private Instant statusChangedAt;

    protected EnterpriseRegistration() {
    }

    public EnterpriseRegistration(Enterprise enterprise, String creationToken, Instant now) {
        this.enterpriseUscc = enterprise.getUscc();
        this.enterpriseName = enterprise.getName();
        this.legalPerson = enterprise.getLegalPerson();
        this.creationToken = creationToken;
        this.createdAt = now;
        this.updatedAt = now;
    }

    @Override
    public ApplicationKind kind() {
        return ApplicationKind.ENTERPRISE_REGISTRATION;
    }

    @Override
    public void moveTo(ApplicationStatus newStatus, Instant at) {
        if (newStatus == ApplicationStatus.DECLARED) {
            declaredAt = at;
        }
        status = newStatus;
        statusChangedAt = at;
        updatedAt = at;
    }

    public void replaceDetails(RegistrationDetails newDetails, String requestToken, Instant at) {
        this.details = newDetails.copy();
        this.lastRequestToken = requestToken;
        this.updatedAt = at;
    }

    /** True when this submission was already applied (a double click or a resent request). */
    public boolean alreadyApplied(String requestToken) {
        return requestToken != null && (requestToken.equals(lastRequestToken) || requestToken.equals(creationToken));
    }

    @Override
    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String getEnterpriseUscc() {
        return enterpriseUscc;
    }

    public String getEnterpriseName() {
        return enterpriseName;
    }

    public String getLegalPerson() {
        return legalPerson;
    }

    @Override
    public ApplicationStatus getStatus() {
        return status;
    }

    public String getCreationToken() {
        return creationToken;
    }

    public RegistrationDetails getDetails() {
        return details.copy();
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getDeclaredAt() {
        return declaredAt;
    }

    public Instant getStatusChangedAt() {
        return statusChangedAt;
    }
}
