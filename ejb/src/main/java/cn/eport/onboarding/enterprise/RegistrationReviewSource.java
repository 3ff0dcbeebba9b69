package cn.eport.onboarding.enterprise;

import cn.eport.onboarding.review.ReviewItem;
import cn.eport.onboarding.review.ReviewQuery;
import cn.eport.onboarding.review.ReviewSource;
import cn.eport.onboarding.workflow.Application;
import cn.eport.onboarding.workflow.ApplicationKind;
import cn.eport.onboarding.workflow.ApplicationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** 三证合一 records in the review console. Not tenant-scoped: reviewers see every enterprise. */
@ApplicationScoped
public class RegistrationReviewSource implements ReviewSource {

    private static final ApplicationKind KIND = ApplicationKind.ENTERPRISE_REGISTRATION;
    private static final String FROM = " FROM EnterpriseRegistration r LEFT JOIN ReviewAssignment a"
            + " ON a.kind = :kind AND a.applicationId = r.id WHERE r.status = :status";
    private static final String ITEM = "SELECT r.id, r.enterpriseUscc, r.enterpriseName, r.declaredAt,"
            + " r.details.customsDistrictCode, r.status, a.assignee, a.claimedAt";

    @PersistenceContext
    private EntityManager em;


    @Override
    public ApplicationKind kind() {
        return KIND;
    }

    @Override
    public List<ReviewItem> list(ApplicationStatus status, String assignee, ReviewQuery query, int first, int max) {
        return query(ITEM, status, assignee, query, Object[].class, " ORDER BY r.declaredAt, r.id")
                .setFirstResult(first).setMaxResults(max).getResultList().stream().map(RegistrationReviewSource::toItem).toList();
    }

    @Override
    public long count(ApplicationStatus status, String assignee, ReviewQuery query) {
        return query("SELECT COUNT(r)", status, assignee, query, Long.class, "").getSingleResult();
    }

    private <T> TypedQuery<T> query(String select, ApplicationStatus status, String assignee, ReviewQuery q,
                                    Class<T> type, String order) {
        StringBuilder jpql = new StringBuilder(select + FROM);
        if (assignee != null) {
            jpql.append(" AND a.assignee = :assignee");
        }
        if (q.customsDistrictCode() != null) {
            jpql.append(" AND r.details.customsDistrictCode = :district");
        }
        jpql.append(q.declared().jpqlOn("r.declaredAt"));
        TypedQuery<T> query = em.createQuery(jpql + order, type).setParameter("kind", KIND).setParameter("status", status);
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
        return Optional.ofNullable(id == null ? null : em.find(EnterpriseRegistration.class, id));
    }

    @Override
    public Optional<ReviewItem> item(Long id) {
        return em.createQuery(ITEM + " FROM EnterpriseRegistration r LEFT JOIN ReviewAssignment a"
                        + " ON a.kind = :kind AND a.applicationId = r.id WHERE r.id = :id", Object[].class)
                .setParameter("kind", KIND).setParameter("id", id)
                .getResultStream().findFirst().map(RegistrationReviewSource::toItem);
    }

    private static ReviewItem toItem(Object[] row) {
        return new ReviewItem(KIND, (Long) row[0], (String) row[1], (String) row[2], (Instant) row[3], (String) row[4],
                (ApplicationStatus) row[5], (String) row[6], (Instant) row[7]);
    }
}
