package cn.eport.onboarding.filing;

import cn.eport.onboarding.enterprise.Enterprise;
import cn.eport.onboarding.enterprise.EnterpriseApplication;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import java.time.Instant;

/**
 * What the three filings (商务部, 海关, 外汇) add to every application: the number the filing gets
 * when it is approved (备案登记表编号, 海关注册编码, the forex bureau's registration number) and when.
 * One filing of each kind per enterprise: each kind's table has a unique key on the enterprise.
 */
@MappedSuperclass
public abstract class Filing extends EnterpriseApplication {

    @Column(name = "filing_number", length = 30)
    private String filingNumber;

    @Column(name = "approved_at")
    private Instant approvedAt;

    protected Filing() {
    }

    protected Filing(Enterprise enterprise, String creationToken, Instant now) {
        super(enterprise, creationToken, now);
    }

    /** Called once, in the transaction that approves the filing. */
    public void assignFilingNumber(String number, Instant at) {
        if (filingNumber != null) {
            throw new IllegalStateException("filing " + getId() + " has its number already");
        }
        this.filingNumber = number;
        this.approvedAt = at;
    }

    public String getFilingNumber() {
        return filingNumber;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }
}
