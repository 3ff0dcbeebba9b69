package cn.eport.onboarding.mofcom;

import cn.eport.onboarding.persistence.DatabaseMigrator;
import cn.eport.onboarding.workflow.ApplicationApproved;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Gives an approved 商务部备案 its 备案登记表编号 (F-22), in the transaction that approves it. The real
 * number is an 8-digit number the filing authority issues; here this system issues it: the next value
 * of the database sequence {@value #SEQUENCE}, as 8 digits with leading zeros. Unique across every
 * server of a cluster (the database hands each value out once), never reused; a rolled-back approval
 * leaves a gap, as a spoiled form does at a filing authority. See docs/filings.md.
 */
@ApplicationScoped
public class MofcomFilingNumbers {

    static final String SEQUENCE = "mofcom_filing_no_seq";
    private static final long LARGEST = 99_999_999L;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private DatabaseMigrator migrator;

    void assign(@Observes ApplicationApproved approved) {
        if (approved.application() instanceof MofcomFiling filing) {
            Number next = (Number) em.createNativeQuery(migrator.dialect().nextValueSql(SEQUENCE)).getSingleResult();
            filing.assignFilingNumber(format(next.longValue()), approved.at());
        }
    }

    /** The 8-digit 备案登记表编号 of a sequence value. */
    static String format(long value) {
        if (value < 1 || value > LARGEST) {
            throw new IllegalStateException("备案登记表编号 out of the 8-digit range: " + value);
        }
        return String.format("%08d", value);
    }
}
