package cn.eport.onboarding.review;

import cn.eport.onboarding.workflow.Application;
import cn.eport.onboarding.workflow.ApplicationKind;
import cn.eport.onboarding.workflow.ApplicationNumber;
import cn.eport.onboarding.workflow.ApplicationStatus;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Table;
import jakarta.persistence.TypedQuery;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A {@link ReviewSource} for an application entity stored like every enterprise application: with
 * {@code id}, {@code createdAt}, {@code enterpriseUscc}, {@code enterpriseName}, {@code declaredAt}, {@code status} and
 * its 主管海关 at {@code details.customsDistrictCode} (columns {@code status}, {@code declared_at},
 * {@code customs_district_code} in its {@code @Table}). A kind's source names its entity and kind.
 * Not tenant-scoped: reviewers see every enterprise.
 */
public abstract class EntityReviewSource implements ReviewSource {

    private static final String ITEM = "SELECT r.id, r.createdAt, r.enterpriseUscc, r.enterpriseName, r.declaredAt,"
            + " r.details.customsDistrictCode, r.status, a.assignee, a.claimedAt";

    @PersistenceContext
    private EntityManager em;

    /** The application entity this source reads. */
    protected abstract Class<? extends Application> entity();

    private String from() {
        return " FROM " + entity().getSimpleName() + " r LEFT JOIN ReviewAssignment a ON a.kind = :kind AND a.applicationId = r.id";
    }

    @Override
    public String table() {
        return entity().getAnnotation(Table.class).name();
    }

    @Override
    public List<ReviewItem> list(QueueSelection selection, int first, int max) {
        return query(ITEM, selection, Object[].class, " ORDER BY r.declaredAt, r.id")
                .setFirstResult(first).setMaxResults(max).getResultList().stream().map(this::toItem).toList();
    }

    @Override
    public long count(QueueSelection selection) {
        return query("SELECT COUNT(r)", selection, Long.class, "").getSingleResult();
    }

    private <T> TypedQuery<T> query(String select, QueueSelection selection, Class<T> type, String order) {
        ReviewQuery q = selection.query();
        StringBuilder jpql = new StringBuilder(select + from() + " WHERE r.status IN :statuses");
        if (selection.assignee() != null) {
            jpql.append(" AND a.assignee = :assignee");
        }
        if (q.withoutDistrict()) {
            jpql.append(" AND r.details.customsDistrictCode IS NULL");
        } else if (q.customsDistrictCode() != null) {
            jpql.append(" AND r.details.customsDistrictCode = :district");
        }
        if (selection.declaredBefore() != null) {
            jpql.append(" AND r.declaredAt < :declaredBefore");
        }
        jpql.append(q.declared().jpqlOn("r.declaredAt"));
        TypedQuery<T> query = em.createQuery(jpql + order, type).setParameter("kind", kind())
                .setParameter("statuses", selection.statuses());
        if (selection.assignee() != null) {
            query.setParameter("assignee", selection.assignee());
        }
        if (q.customsDistrictCode() != null && !q.withoutDistrict()) {
            query.setParameter("district", q.customsDistrictCode());
        }
        if (selection.declaredBefore() != null) {
            query.setParameter("declaredBefore", selection.declaredBefore());
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

    @Override
    public Map<Long, Application> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT r FROM " + entity().getSimpleName() + " r WHERE r.id IN :ids", entity())
                .setParameter("ids", ids).getResultStream().collect(Collectors.toMap(Application::getId, a -> (Application) a));
    }

    @Override
    public List<Application> ofEnterprises(Collection<String> usccs) {
        if (usccs.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT r FROM " + entity().getSimpleName() + " r WHERE r.enterpriseUscc IN :usccs ORDER BY r.id",
                entity()).setParameter("usccs", usccs).getResultStream().map(a -> (Application) a).toList();
    }

    @Override
    public Map<Long, String> numbers(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT r.id, r.createdAt FROM " + entity().getSimpleName() + " r WHERE r.id IN :ids", Object[].class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> ApplicationNumber.of(kind(), (Instant) row[1], (Long) row[0])));
    }

    private ReviewItem toItem(Object[] row) {
        return new ReviewItem(kind(), (Long) row[0], (Instant) row[1], (String) row[2], (String) row[3], (Instant) row[4],
                (String) row[5], (ApplicationStatus) row[6], (String) row[7], (Instant) row[8]);
    }
}
