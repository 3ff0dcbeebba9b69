package cn.eport.onboarding.status;

import cn.eport.onboarding.workflow.ApplicationKind;
import cn.eport.onboarding.workflow.ApplicationStatus;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Instant;
import java.util.List;

/**
 * A {@link StatusSource} for an application entity stored like every enterprise application
 * ({@code id}, {@code version}, {@code enterpriseUscc}, {@code status}, {@code createdAt},
 * {@code updatedAt}, {@code declaredAt}); a kind's source names its entity and kind and deletes
 * through its service.
 */
public abstract class EntityStatusSource implements StatusSource {

    private static final String SUMMARY = "SELECT r.id, r.version, r.status, r.createdAt, r.updatedAt, r.declaredAt";

    @PersistenceContext
    private EntityManager em;

    /** The application entity this source reads. */
    protected abstract Class<?> entity();

    @Override
    public List<ApplicationSummary> list(String enterpriseUscc, StatusQuery query, int first, int max) {
        return query(SUMMARY, enterpriseUscc, query, Object[].class, " ORDER BY r.updatedAt DESC, r.id DESC")
                .setFirstResult(first).setMaxResults(max).getResultList().stream().map(this::toSummary).toList();
    }

    @Override
    public long count(String enterpriseUscc, StatusQuery query) {
        return query("SELECT COUNT(r)", enterpriseUscc, query, Long.class, "").getSingleResult();
    }

    private <T> TypedQuery<T> query(String select, String uscc, StatusQuery q, Class<T> type, String order) {
        StringBuilder jpql = new StringBuilder(select + " FROM " + entity().getSimpleName() + " r WHERE r.enterpriseUscc = :uscc");
        if (q.status() != null) {
            jpql.append(" AND r.status = :status");
        }
        jpql.append(q.declared().jpqlOn("r.declaredAt"));
        TypedQuery<T> query = em.createQuery(jpql + order, type).setParameter("uscc", uscc);
        if (q.status() != null) {
            query.setParameter("status", q.status());
        }
        q.declared().bind(query);
        return query;
    }

    private ApplicationSummary toSummary(Object[] row) {
        ApplicationKind kind = kind();
        return new ApplicationSummary(kind, (Long) row[0], ((Number) row[1]).longValue(), (ApplicationStatus) row[2],
                (Instant) row[3], (Instant) row[4], (Instant) row[5], null);
    }
}
