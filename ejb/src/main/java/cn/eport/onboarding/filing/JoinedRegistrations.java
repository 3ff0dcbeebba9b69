package cn.eport.onboarding.filing;

import cn.eport.onboarding.enterprise.EnterpriseRegistration;
import cn.eport.onboarding.workflow.ApplicationStatus;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

/**
 * The 三证合一 record through which an enterprise joined: its latest approved one. A filing's page
 * shows its enterprise part from it, a kind copies its district from it, and the review console
 * shows its certificate scans with the enterprise's filings (uploaded once, F-14).
 */
@Stateless
@LocalBean
public class JoinedRegistrations {

    @PersistenceContext
    private EntityManager em;

    public Optional<EnterpriseRegistration> of(String uscc) {
        return em.createQuery("SELECT r FROM EnterpriseRegistration r WHERE r.enterpriseUscc = :uscc AND r.status = :approved"
                        + " ORDER BY r.statusChangedAt DESC, r.id DESC", EnterpriseRegistration.class)
                .setParameter("uscc", uscc).setParameter("approved", ApplicationStatus.APPROVED)
                .setMaxResults(1).getResultStream().findFirst();
    }
}
