package cn.eport.onboarding.enterprise;

import cn.eport.onboarding.workflow.Application;
import cn.eport.onboarding.workflow.ApplicationNumber;
import cn.eport.onboarding.workflow.ApplicationStatus;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * What every application an enterprise files has in common, whatever its kind: the enterprise it
 * belongs to (USCC, name and legal person copied from the account's enterprise, never changed),
 * its status, the version that refuses a concurrent edit, the request tokens that make a resent
 * 暂存/申报 change nothing twice, and its dates. Each kind's entity adds its id and its own fields.
 */
@MappedSuperclass
public abstract class EnterpriseApplication implements Application {

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

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "declared_at")
    private Instant declaredAt;

    @Column(name = "status_changed_at")
    private Instant statusChangedAt;

    protected EnterpriseApplication() {
    }

    protected EnterpriseApplication(Enterprise enterprise, String creationToken, Instant now) {
        this.enterpriseUscc = enterprise.getUscc();
        this.enterpriseName = enterprise.getName();
        this.legalPerson = enterprise.getLegalPerson();
        this.creationToken = creationToken;
        this.createdAt = now;
        this.updatedAt = now;
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

    /** Records that this submission changed the record, for {@link #alreadyApplied}. */
    protected void changedBy(String requestToken, Instant at) {
        this.lastRequestToken = requestToken;
        this.updatedAt = at;
    }

    /** True when this submission was already applied (a double click or a resent request). */
    public boolean alreadyApplied(String requestToken) {
        return requestToken != null && (requestToken.equals(lastRequestToken) || requestToken.equals(creationToken));
    }

    /** The 编号 users see: kind, year and id ({@link ApplicationNumber}); null before the first save. */
    public String getNumber() {
        return getId() == null ? null : ApplicationNumber.of(kind(), createdAt, getId());
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
