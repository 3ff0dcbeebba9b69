package cn.eport.onboarding.audit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.time.Clock;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Refused access in the audit trail: the logged-in caller's lookup of a record or a file by
 * id that was answered "not found" (there is none, it is another enterprise's, or the caller may not
 * see it, as a reviewer may not see a draft), and a request the role rules refused (403). Each entry
 * says who, what (the record's type and id, or the method and URL), when and the answer.
 * <p>
 * Written in a transaction of its own: the refused request's transaction usually rolls back, and
 * the entry stays all the same. At most one entry per user, target and minute, so probing cannot
 * flood the trail: a repeat within the minute finds the entry and writes nothing, and of two
 * concurrent requests the unique key of the entry ({@code audit_event.dedup_key}) stores one.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AccessRefusals {

    /** What the caller was answered. */
    public enum Answer {
        /** 404: the same for a record that does not exist and one the caller may not see. */
        NOT_FOUND,
        /** 403: the caller's roles do not allow the page. */
        FORBIDDEN
    }

    /** The subject type of a refused page; its subject id is the URL's path. */
    public static final String URL_SUBJECT = "URL";

    private static final Logger LOG = Logger.getLogger(AccessRefusals.class.getName());
    private static final int SUBJECT_ID_LENGTH = 64;
    /** Enough of a URL to tell what was asked for; the entry's detail holds at most 1,000 characters. */
    private static final int URL_LENGTH = 900;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private Clock clock;

    /**
     * The caller asked for a record or a file by id and was answered "not found".
     *
     * @param subjectType the application kind's name, or the file's subject type
     * @param ownerUscc   the enterprise the record belongs to, if it exists (for the administrator's search)
     */
    public void notFound(String subjectType, Long id, String ownerUscc) {
        String subjectId = String.valueOf(id);
        record(subjectType, subjectId, ownerUscc, AuditDetails.refusal(Answer.NOT_FOUND), subjectType + " " + subjectId);
    }

    /** The role rules refused the caller a page (403): the request's method and URL (path and query). */
    public void forbidden(String method, String url) {
        String asked = cut(url, URL_LENGTH);
        int query = asked.indexOf('?');
        String path = query < 0 ? asked : asked.substring(0, query);
        record(URL_SUBJECT, cut(path, SUBJECT_ID_LENGTH), null, AuditDetails.refusal(Answer.FORBIDDEN, method, asked),
                URL_SUBJECT + " " + asked);
    }

    /** Writes the entry unless the minute's entry for this user and target is there; never fails the refused request. */
    private void record(String subjectType, String subjectId, String ownerUscc, String detail, String target) {
        String actor = session.getCallerPrincipal().getName();
        Instant now = clock.instant();
        String key = dedupKey(actor, target, now);
        try {
            boolean recorded = em.createQuery("SELECT COUNT(e) FROM AuditEvent e WHERE e.dedupKey = :key", Long.class)
                    .setParameter("key", key).getSingleResult() > 0;
            if (!recorded) {
                em.persist(new AuditEvent(now, actor, AuditAction.ACCESS_REFUSED, subjectType, subjectId, ownerUscc, detail)
                        .once(key));
                em.flush();
            }
        } catch (PersistenceException e) {
            // usually a concurrent request of the same user for the same target that stored the minute's entry first
            session.setRollbackOnly();
            LOG.log(Level.INFO, "Refused access of {0} to {1} not recorded again: {2}", new Object[]{actor, target, e.getMessage()});
        }
    }

    /** The key of the one entry per user, target and minute (UTC): a SHA-256 digest, hex. */
    static String dedupKey(String actor, String target, Instant at) {
        long minute = Math.floorDiv(at.getEpochSecond(), 60);
        String text = AuditAction.ACCESS_REFUSED + "\n" + actor + "\n" + target + "\n" + minute;
        return Sha256.hex(text);
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
