package cn.eport.onboarding.forex;

import cn.eport.onboarding.persistence.DatabaseMigrator;
import cn.eport.onboarding.workflow.ApplicationApproved;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Gives a forex filing its 外汇登记编号 when it is approved, by a reviewer or at once (F-42), in the
 * transaction that approves it: the number is there exactly when the filing is 备案通过.
 */
@ApplicationScoped
public class ForexRegistrationNumbers {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private DatabaseMigrator database;

    void assign(@Observes ApplicationApproved event) {
        if (event.application() instanceof ForexFiling filing) {
            long next = ((Number) em.createNativeQuery(database.dialect().nextValueSql(ForexRegistrationNumber.SEQUENCE))
                    .getSingleResult()).longValue();
            filing.assignFilingNumber(ForexRegistrationNumber.of(filing.getDetails().getForexBureauCode(), event.at(), next), event.at());
        }
    }
}
