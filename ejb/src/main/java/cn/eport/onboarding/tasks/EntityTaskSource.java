package cn.eport.onboarding.tasks;

import cn.eport.onboarding.workflow.ApplicationStatus;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * A {@link TaskSource} for a function whose applications are stored like every enterprise
 * application ({@code id}, {@code enterpriseUscc}, {@code status}, {@code updatedAt}): the one
 * worked on last, and the statuses of all of them. A function's source names its entity.
 */
public abstract class EntityTaskSource implements TaskSource {

    @PersistenceContext
    private EntityManager em;

    /** The application entity of this function. */
    protected abstract Class<?> entity();

    @Override
    public FunctionProgress progress(String enterpriseUscc) {
        String from = " FROM " + entity().getSimpleName() + " r WHERE r.enterpriseUscc = :uscc";
        Optional<Object[]> latest = em.createQuery("SELECT r.id, r.status" + from + " ORDER BY r.updatedAt DESC, r.id DESC", Object[].class)
                .setParameter("uscc", enterpriseUscc).setMaxResults(1).getResultStream().findFirst();
        if (latest.isEmpty()) {
            return FunctionProgress.NONE;
        }
        ApplicationStatus latestStatus = (ApplicationStatus) latest.get()[1];
        Set<ApplicationStatus> statuses = EnumSet.of(latestStatus);
        // a change committed between the two queries must not make the latest status go missing
        statuses.addAll(em.createQuery("SELECT DISTINCT r.status" + from, ApplicationStatus.class)
                .setParameter("uscc", enterpriseUscc).getResultList());
        return new FunctionProgress((Long) latest.get()[0], latestStatus, statuses);
    }
}
