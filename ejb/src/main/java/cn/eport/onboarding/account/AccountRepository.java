package cn.eport.onboarding.account;

import cn.eport.onboarding.enterprise.Enterprise;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import jakarta.persistence.TypedQuery;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

@ApplicationScoped
public class AccountRepository {

    @PersistenceContext
    private EntityManager em;

    public Optional<Account> findByUsername(String username) {
        return em.createQuery("SELECT a FROM Account a WHERE a.username = :username", Account.class)
                .setParameter("username", Account.normalizeUsername(username))
                .getResultStream().findFirst();
    }

    /** The enterprise an account belongs to: empty for an unknown account or one of staff (reviewer, admin…). */
    public Optional<Enterprise> enterpriseOf(String username) {
        return findByUsername(username).map(Account::getEnterprise);
    }

    /**
     * The enterprise of an enterprise user: the tenant every enterprise service works in.
     *
     * @throws IllegalStateException when the account has none (role checks keep other users out)
     */
    public Enterprise requireEnterpriseOf(String username) {
        return enterpriseOf(username).orElseThrow(() -> new IllegalStateException("Account " + username + " has no enterprise"));
    }

    /** Row-locks the account so that concurrent login attempts count every failure. */
    public Optional<Account> findByUsernameForUpdate(String username) {
        return em.createQuery("SELECT a FROM Account a WHERE a.username = :username", Account.class)
                .setParameter("username", Account.normalizeUsername(username))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    /** Accounts whose username, name or enterprise USCC/name contains the text, by username. */
    public List<Account> search(String text, int first, int max) {
        return searchQuery("SELECT a", text, Account.class).setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long countMatching(String text) {
        return searchQuery("SELECT COUNT(a)", text, Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> searchQuery(String select, String text, Class<T> type) {
        String pattern = "%" + escapeLike(text == null ? "" : text.strip().toLowerCase(Locale.ROOT)) + "%";
        String order = type == Long.class ? "" : " ORDER BY a.username";
        return em.createQuery(select + " FROM Account a LEFT JOIN a.enterprise e WHERE LOWER(a.username) LIKE :p ESCAPE '\\'"
                        + " OR LOWER(a.displayName) LIKE :p ESCAPE '\\' OR LOWER(e.uscc) LIKE :p ESCAPE '\\'"
                        + " OR LOWER(e.name) LIKE :p ESCAPE '\\'" + order, type)
                .setParameter("p", pattern);
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    public boolean existsWithRole(Role role) {
        return em.createQuery("SELECT COUNT(a) FROM Account a JOIN a.roles r WHERE r = :role", Long.class)
                .setParameter("role", role).getSingleResult() > 0;
    }

    public long count() {
        return em.createQuery("SELECT COUNT(a) FROM Account a", Long.class).getSingleResult();
    }

    public Account add(Account account) {
        em.persist(account);
        return account;
    }
}
