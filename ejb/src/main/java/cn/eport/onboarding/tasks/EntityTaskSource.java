package cn.eport.onboarding.tasks;

import cn.eport.onboarding.enterprise.EnterpriseApplication;
import cn.eport.onboarding.workflow.ApplicationStatus;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * A {@link TaskSource} for a function whose applications are {@link EnterpriseApplication}s: the one
 * worked on last (with its 编号), and the statuses of all of them. A function's source names its entity.
 */
public abstract class EntityTaskSource implements TaskSource {

    @PersistenceContext
    private EntityManager em;

    /** The application entity of this function (an {@link EnterpriseApplication}). */
    protected abstract Class<?> entity();

    @Override
    public FunctionProgress progress(String enterpriseUscc) {
        String from = " FROM " + entity().getSimpleName() + " r WHERE r.enterpriseUscc = :uscc";
        Optional<EnterpriseApplication> latest = em.createQuery("SELECT r" + from + " ORDER BY r.updatedAt DESC, r.id DESC", entity())
                .setParameter("uscc", enterpriseUscc).setMaxResults(1).getResultStream().findFirst()
                .map(EnterpriseApplication.class::cast);
        if (latest.isEmpty()) {
            return FunctionProgress.NONE;
        }
        ApplicationStatus latestStatus = latest.get().getStatus();
        Set<ApplicationStatus> statuses = EnumSet.of(latestStatus);
        // a change committed between the two queries must not make the latest status go missing
        statuses.addAll(em.createQuery("SELECT DISTINCT r.status" + from, ApplicationStatus.class)
                .setParameter("uscc", enterpriseUscc).getResultList());
        return new FunctionProgress(latest.get().getId(), latest.get().getNumber(), latestStatus, statuses);
    }
}
