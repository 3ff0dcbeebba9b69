package cn.eport.onboarding.mofcom;

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
 * 企业商务部备案: an enterprise's 对外贸易经营者备案登记表 (F-20..F-23). Approved at once when declared
 * (F-22); its {@link #getFilingNumber() 备案登记表编号} is assigned then. One per enterprise.
 */
@Entity
@Table(name = "mofcom_filing")
public class MofcomFiling extends Filing {

    @Id
    @SequenceGenerator(name = "mofcom_filing_seq", sequenceName = "mofcom_filing_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mofcom_filing_seq")
    private Long id;

    @Embedded
    private MofcomDetails details = new MofcomDetails();

    protected MofcomFiling() {
    }

    public MofcomFiling(Enterprise enterprise, String creationToken, Instant now) {
        super(enterprise, creationToken, now);
    }

    @Override
    public ApplicationKind kind() {
        return ApplicationKind.MOFCOM_FILING;
    }

    public void replaceDetails(MofcomDetails newDetails, String requestToken, Instant at) {
        this.details = newDetails.copy();
        changedBy(requestToken, at);
    }

    @Override
    public Long getId() {
        return id;
    }

    public MofcomDetails getDetails() {
        return details.copy();
    }
}
