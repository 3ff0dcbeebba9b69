package cn.eport.onboarding.forex;

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
 * 企业外汇备案授权 (F-40..F-43): an enterprise's 贸易外汇收支企业名录登记, one per enterprise. At 申报 it is
 * compared with the forex enterprise directory and approved at once when it matches (F-42), else it
 * goes to review; the comparison is kept for the reviewer. Approval gives it its 外汇登记编号.
 */
@Entity
@Table(name = "forex_filing")
public class ForexFiling extends Filing {

    @Id
    @SequenceGenerator(name = "forex_filing_seq", sequenceName = "forex_filing_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "forex_filing_seq")
    private Long id;

    @Embedded
    private ForexFilingDetails details = new ForexFilingDetails();

    @Embedded
    private DirectoryComparison directoryComparison;

    protected ForexFiling() {
    }

    public ForexFiling(Enterprise enterprise, String creationToken, Instant now) {
        super(enterprise, creationToken, now);
    }

    @Override
    public ApplicationKind kind() {
        return ApplicationKind.FOREX_FILING;
    }

    public void replaceDetails(ForexFilingDetails newDetails, String requestToken, Instant at) {
        this.details = newDetails.copy();
        changedBy(requestToken, at);
    }

    /** Keeps the directory's answer of this 申报 (replacing that of an earlier one). */
    void recordDirectoryMatch(DirectoryMatch match, Instant at) {
        this.directoryComparison = DirectoryComparison.of(match, at);
    }

    @Override
    public Long getId() {
        return id;
    }

    public ForexFilingDetails getDetails() {
        return details.copy();
    }

    /** The directory's answer at the latest 申报; {@code null} before the first. */
    public DirectoryComparison getDirectoryComparison() {
        return directoryComparison != null && directoryComparison.getOutcome() != null ? directoryComparison : null;
    }
}
