package cn.eport.onboarding.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Writes and reads the audit trail. An entry is written in the transaction of the change it
 * describes, so a change that is rolled back leaves no entry, and no change goes unrecorded. (Refused
 * access changes nothing and is written in a transaction of its own: {@link AccessRefusals}.)
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

    /** Records an entry about a part of a record (a file of an application). */
    public void record(String actor, AuditAction action, String subjectType, String subjectId,
                       String enterpriseUscc, String detail, AuditParent partOf) {
        em.persist(new AuditEvent(clock.instant(), actor, action, subjectType, subjectId, enterpriseUscc, detail, partOf));
    }

    /** The entries about one record (subject type and id), newest first: reviewers see them per application. */
    @RolesAllowed({"REVIEWER", "ADMIN"})
    public List<AuditEvent> about(String subjectType, String subjectId) {
        return em.createQuery("SELECT e FROM AuditEvent e WHERE e.subjectType = :type AND e.subjectId = :id"
                        + " ORDER BY e.occurredAt DESC, e.id DESC", AuditEvent.class)
                .setParameter("type", subjectType).setParameter("id", subjectId).getResultList();
    }

    /**
     * The entries about the parts (of this subject type) of a record, newest first: every entry of
     * each part that was ever named as belonging to it, so a file's upload while its form was new and
     * its later deletion stay in the application's trail.
     */
    @RolesAllowed({"REVIEWER", "ADMIN"})
    public List<AuditEvent> aboutPartsOf(AuditParent parent, String partType) {
        return em.createQuery("SELECT e FROM AuditEvent e WHERE e.subjectType = :partType AND e.subjectId IN"
                        + " (SELECT p.subjectId FROM AuditEvent p WHERE p.subjectType = :partType"
                        + " AND p.parentType = :parentType AND p.parentId = :parentId)"
                        + " ORDER BY e.occurredAt DESC, e.id DESC", AuditEvent.class)
                .setParameter("partType", partType).setParameter("parentType", parent.type())
                .setParameter("parentId", parent.id()).getResultList();
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
        if (q.subjectType() != null) {
            where.append(" AND e.subjectType = :subjectType");
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
        if (q.subjectType() != null) {
            query.setParameter("subjectType", q.subjectType());
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
