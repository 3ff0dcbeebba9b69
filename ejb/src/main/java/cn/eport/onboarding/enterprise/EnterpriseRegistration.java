package cn.eport.onboarding.enterprise;

import cn.eport.onboarding.workflow.ApplicationKind;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * 三证合一信息: an enterprise's unified business-licence data as it applies to join the E-Port
 * (F-10..F-17). USCC, name and legal person come from the account and never change; the rest is
 * back-filled from the registry where known and completed by the user.
 */
@Entity
@Table(name = "enterprise_registration")
public class EnterpriseRegistration extends EnterpriseApplication {

    @Id
    @SequenceGenerator(name = "enterprise_registration_seq", sequenceName = "enterprise_registration_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "enterprise_registration_seq")
    private Long id;

    @Embedded
    private RegistrationDetails details = new RegistrationDetails();

    protected EnterpriseRegistration() {
    }

    public EnterpriseRegistration(Enterprise enterprise, String creationToken, Instant now) {
        super(enterprise, creationToken, now);
    }

    @Override
    public ApplicationKind kind() {
        return ApplicationKind.ENTERPRISE_REGISTRATION;
    }

    public void replaceDetails(RegistrationDetails newDetails, String requestToken, Instant at) {
        this.details = newDetails.copy();
        changedBy(requestToken, at);
    }

    @Override
    public Long getId() {
        return id;
    }

    public RegistrationDetails getDetails() {
        return details.copy();
    }
}
