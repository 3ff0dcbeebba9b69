package cn.eport.onboarding.review;

import cn.eport.onboarding.workflow.Application;
import cn.eport.onboarding.workflow.ApplicationKind;
import cn.eport.onboarding.workflow.ApplicationStatus;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A {@link ReviewSource} for an application entity stored like every enterprise application: with
 * {@code id}, {@code enterpriseUscc}, {@code enterpriseName}, {@code declaredAt}, {@code status} and
 * its 主管海关 at {@code details.customsDistrictCode}. A kind's source names its entity and kind.
 * Not tenant-scoped: reviewers see every enterprise.
 */
public abstract class EntityReviewSource implements ReviewSource {

    private static final String ITEM = "SELECT r.id, r.enterpriseUscc, r.enterpriseName, r.declaredAt,"
            + " r.details.customsDistrictCode, r.status, a.assignee, a.claimedAt";

    @PersistenceContext
    private EntityManager em;

    /** The application entity this source reads. */
    protected abstract Class<? extends Application> entity();

    private String from() {
        return " FROM " + entity().getSimpleName() + " r LEFT JOIN ReviewAssignment a ON a.kind = :kind AND a.applicationId = r.id";
    }

    @Override
    public List<ReviewItem> list(ApplicationStatus status, String assignee, ReviewQuery query, int first, int max) {
        return query(ITEM, status, assignee, query, Object[].class, " ORDER BY r.declaredAt, r.id")
                .setFirstResult(first).setMaxResults(max).getResultList().stream().map(this::toItem).toList();
    }

    @Override
    public long count(ApplicationStatus status, String assignee, ReviewQuery query) {
        return query("SELECT COUNT(r)", status, assignee, query, Long.class, "").getSingleResult();
    }

    private <T> TypedQuery<T> query(String select, ApplicationStatus status, String assignee, ReviewQuery q,
                                    Class<T> type, String order) {
        StringBuilder jpql = new StringBuilder(select + from() + " WHERE r.status = :status");
        if (assignee != null) {
            jpql.append(" AND a.assignee = :assignee");
        }
        if (q.customsDistrictCode() != null) {
            jpql.append(" AND r.details.customsDistrictCode = :district");
        }
        jpql.append(q.declared().jpqlOn("r.declaredAt"));
        TypedQuery<T> query = em.createQuery(jpql + order, type).setParameter("kind", kind()).setParameter("status", status);
        if (assignee != null) {
            query.setParameter("assignee", assignee);
        }
        if (q.customsDistrictCode() != null) {
            query.setParameter("district", q.customsDistrictCode());
        }
        q.declared().bind(query);
        return query;
    }

    @Override
    public Optional<Application> find(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(entity(), id));
    }

    @Override
    public Optional<ReviewItem> item(Long id) {
        return em.createQuery(ITEM + from() + " WHERE r.id = :id", Object[].class)
                .setParameter("kind", kind()).setParameter("id", id)
                .getResultStream().findFirst().map(this::toItem);
    }

    private ReviewItem toItem(Object[] row) {
        return new ReviewItem(kind(), (Long) row[0], (String) row[1], (String) row[2], (Instant) row[3], (String) row[4],
                (ApplicationStatus) row[5], (String) row[6], (Instant) row[7]);
    }
}
