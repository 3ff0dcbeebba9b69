package cn.eport.onboarding.enterprise;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

@ApplicationScoped
public class EnterpriseRepository {

    @PersistenceContext
    private EntityManager em;

    public Optional<Enterprise> findByUscc(String uscc) {
        return em.createQuery("SELECT e FROM Enterprise e WHERE e.uscc = :uscc", Enterprise.class)
                .setParameter("uscc", uscc)
                .getResultStream().findFirst();
    }

    public Enterprise add(Enterprise enterprise) {
        em.persist(enterprise);
        return enterprise;
    }
}
