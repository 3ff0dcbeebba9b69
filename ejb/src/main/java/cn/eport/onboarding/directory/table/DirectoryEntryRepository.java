package cn.eport.onboarding.directory.table;

import cn.eport.onboarding.directory.FilingKind;
import cn.eport.onboarding.directory.FilingSystem;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.Optional;

/**
 * The directory tables (V3__reference_directories.sql): look-ups by USCC and new rows.
 * <p>
 * A session bean, unlike the other repositories: the directory ports are injected and called from
 * every module (a web backing bean, a batch step), and this module's persistence context can only
 * be resolved inside a call to one of its components. Look-ups join a transaction when there is
 * one and need none; writes need one.
 */
@Stateless
public class DirectoryEntryRepository {

    @PersistenceContext
    private EntityManager em;

    /** The current (not retired) row of this USCC in a table that has at most one per USCC (all but pending filings). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public <E extends DirectoryEntry> Optional<E> findByUscc(Class<E> table, String uscc) {
        if (table == PendingFilingEntry.class) {
            throw new IllegalArgumentException("pending filings are looked up by system and kind");
        }
        return em.createQuery("SELECT e FROM " + table.getSimpleName() + " e WHERE e.uscc = :uscc AND e.retiredOn IS NULL", table)
                .setParameter("uscc", uscc)
                .getResultStream().findFirst();
    }

    /** The oldest current unfinished filing of this USCC in the system, of the kind or (kind null) of any kind. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<PendingFilingEntry> findOldestPending(String uscc, FilingSystem system, FilingKind kind) {
        TypedQuery<PendingFilingEntry> query = em.createQuery("SELECT p FROM PendingFilingEntry p"
                        + " WHERE p.uscc = :uscc AND p.system = :system AND p.retiredOn IS NULL" + (kind == null ? "" : " AND p.kind = :kind")
                        + " ORDER BY p.since, p.kind", PendingFilingEntry.class)
                .setParameter("uscc", uscc)
                .setParameter("system", system)
                .setMaxResults(1);
        if (kind != null) {
            query.setParameter("kind", kind);
        }
        return query.getResultStream().findFirst();
    }

    public <E extends DirectoryEntry> E add(E entry) {
        em.persist(entry);
        return entry;
    }
}
