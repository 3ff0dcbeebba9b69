package cn.eport.onboarding.customs;

import cn.eport.onboarding.enterprise.Enterprise;
import cn.eport.onboarding.filing.Filing;
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
 * 企业海关备案授权 (F-30..F-32): an enterprise's 报关单位备案 (the 报关单位情况登记表), one per enterprise.
 * It always goes to review (F-32); approval gives it its 10-digit 海关注册编码
 * ({@link CustomsRegistrationCode}).
 */
@Entity
@Table(name = "customs_filing")
public class CustomsFiling extends Filing {

    @Id
    @SequenceGenerator(name = "customs_filing_seq", sequenceName = "customs_filing_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customs_filing_seq")
    private Long id;

    @Embedded
    private CustomsFilingDetails details = new CustomsFilingDetails();

    protected CustomsFiling() {
    }

    public CustomsFiling(Enterprise enterprise, String creationToken, Instant now) {
        super(enterprise, creationToken, now);
    }

    @Override
    public ApplicationKind kind() {
        return ApplicationKind.CUSTOMS_FILING;
    }

    public void replaceDetails(CustomsFilingDetails newDetails, String requestToken, Instant at) {
        this.details = newDetails.copy();
        changedBy(requestToken, at);
    }

    @Override
    public Long getId() {
        return id;
    }

    public CustomsFilingDetails getDetails() {
        return details.copy();
    }
}
