package cn.eport.onboarding.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Writes and reads the audit trail. An entry is written in the transaction of the change it
 * describes, so a change that is rolled back leaves no entry, and no change goes unrecorded.
 */
@Stateless
public class AuditTrail {

    /** The order in which the trail is read: newest first, and of entries at the same instant the later written first. */
    public static final Comparator<AuditEvent> NEWEST_FIRST = Comparator.comparing(AuditEvent::getOccurredAt)
            .thenComparing(AuditEvent::getId).reversed();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    public void record(String actor, AuditAction action, String subjectType, String subjectId,
                       String enterpriseUscc, String detail) {
        em.persist(new AuditEvent(clock.instant(), actor, action, subjectType, subjectId, enterpriseUscc, detail));
    }

    /** The entries about one record (subject type and id), newest first: reviewers see them per application. */
    @RolesAllowed({"REVIEWER", "ADMIN"})
    public List<AuditEvent> about(String subjectType, String subjectId) {
        return em.createQuery("SELECT e FROM AuditEvent e WHERE e.subjectType = :type AND e.subjectId = :id"
                        + " ORDER BY e.occurredAt DESC, e.id DESC", AuditEvent.class)
                .setParameter("type", subjectType).setParameter("id", subjectId).getResultList();
    }

    /** The entries about several records of one subject type (an application's attachments), newest first. */
    @RolesAllowed({"REVIEWER", "ADMIN"})
    public List<AuditEvent> about(String subjectType, Collection<String> subjectIds) {
        if (subjectIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT e FROM AuditEvent e WHERE e.subjectType = :type AND e.subjectId IN :ids"
                        + " ORDER BY e.occurredAt DESC, e.id DESC", AuditEvent.class)
                .setParameter("type", subjectType).setParameter("ids", subjectIds).getResultList();
    }

    /** Newest first. */
    @RolesAllowed("ADMIN")
    public List<AuditEvent> search(AuditQuery query, int first, int max) {
        return query("SELECT e", query, AuditEvent.class, " ORDER BY e.occurredAt DESC, e.id DESC")
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    @RolesAllowed("ADMIN")
    public long count(AuditQuery query) {
        return query("SELECT COUNT(e)", query, Long.class, "").getSingleResult();
    }

    private <T> TypedQuery<T> query(String select, AuditQuery q, Class<T> type, String order) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (q.actor() != null) {
            where.append(" AND e.actor = :actor");
        }
        if (q.action() != null) {
            where.append(" AND e.action = :action");
        }
        if (q.subject() != null) {
            where.append(" AND (e.subjectId = :subject OR e.enterpriseUscc = :subject)");
        }
        if (q.from() != null) {
            where.append(" AND e.occurredAt >= :from");
        }
        if (q.to() != null) {
            where.append(" AND e.occurredAt < :to");
        }
        TypedQuery<T> query = em.createQuery(select + " FROM AuditEvent e" + where + order, type);
        if (q.actor() != null) {
            query.setParameter("actor", q.actor().strip().toLowerCase(Locale.ROOT));
        }
        if (q.action() != null) {
            query.setParameter("action", q.action());
        }
        if (q.subject() != null) {
            query.setParameter("subject", q.subject().strip());
        }
        if (q.from() != null) {
            query.setParameter("from", q.from());
        }
        if (q.to() != null) {
            query.setParameter("to", q.to());
        }
        return query;
    }
}
