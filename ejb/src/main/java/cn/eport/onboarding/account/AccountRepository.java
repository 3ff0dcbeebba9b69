package cn.eport.onboarding.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

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

    /** Row-locks the account so that concurrent login attempts count every failure. */
    public Optional<Account> findByUsernameForUpdate(String username) {
        return em.createQuery("SELECT a FROM Account a WHERE a.username = :username", Account.class)
                .setParameter("username", Account.normalizeUsername(username))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    public long count() {
        return em.createQuery("SELECT COUNT(a) FROM Account a", Long.class).getSingleResult();
    }

    public Account add(Account account) {
        em.persist(account);
        return account;
    }
}
