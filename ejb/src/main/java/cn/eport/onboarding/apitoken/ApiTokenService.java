package cn.eport.onboarding.apitoken;

import cn.eport.onboarding.account.Account;
import cn.eport.onboarding.account.AccountRepository;
import cn.eport.onboarding.account.Role;
import cn.eport.onboarding.audit.AuditAction;
import cn.eport.onboarding.audit.AuditTrail;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Personal API tokens (issue 13; docs/adr/0030-api-tokens.md). An enterprise user creates, lists and
 * revokes tokens of their own; a token of another user is not found, exactly like one that does not
 * exist. {@link #authenticate} turns the token a client sent into its account, for the bearer
 * authentication of {@code /api/v1}: a token acts exactly as its account.
 */
@Stateless
public class ApiTokenService {

    /** The subject type of token events in the audit trail (the subject id is the token's id). */
    public static final String API_TOKEN = "API_TOKEN";

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private AccountRepository accounts;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /**
     * A new token of the caller, valid for the days chosen.
     *
     * @return the token with its secret, which is not kept and cannot be shown again
     * @throws ApiTokenRejectedException when the name is empty or too long, or the days are not a choice
     */
    @RolesAllowed("ENTERPRISE")
    public NewApiToken create(String name, int days) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > ApiToken.NAME_LENGTH) {
            throw new ApiTokenRejectedException(ApiTokenRejectedException.Reason.NAME);
        }
        Instant now = clock.instant();
        Instant expires = now.plus(ApiTokenLifetime.ofDays(days));
        Account account = accounts.findByUsername(caller()).orElseThrow();
        ApiTokenSecret secret = ApiTokenSecret.generate();
        ApiToken token = new ApiToken(account, trimmed, secret, now, expires);
        em.persist(token);
        em.flush();
        audit.record(caller(), AuditAction.CREATED, API_TOKEN, token.getId().toString(), usccOf(account),
                secret.displayPrefix());
        return new NewApiToken(token.viewAt(now), secret);
    }

    /** The caller's tokens, newest first, revoked and expired ones included. */
    @RolesAllowed("ENTERPRISE")
    public List<ApiTokenView> own() {
        Instant now = clock.instant();
        return em.createQuery("SELECT t FROM ApiToken t WHERE t.account.username = :username"
                        + " ORDER BY t.createdAt DESC, t.id DESC", ApiToken.class)
                .setParameter("username", caller()).getResultStream().map(t -> t.viewAt(now)).toList();
    }

    /**
     * The token no longer authenticates (revoking a revoked token changes nothing).
     *
     * @throws ApiTokenNotFoundException when it is not the caller's
     */
    @RolesAllowed("ENTERPRISE")
    public void revoke(long id) {
        ApiToken token = Optional.ofNullable(em.find(ApiToken.class, id))
                .filter(t -> t.getAccount().getUsername().equals(caller()))
                .orElseThrow(ApiTokenNotFoundException::new);
        Instant now = clock.instant();
        if (token.statusAt(now) != ApiTokenStatus.REVOKED) {
            token.revoke(now);
            audit.record(caller(), AuditAction.CHANGED, API_TOKEN, token.getId().toString(), usccOf(token.getAccount()),
                    "REVOKED");
        }
    }

    /**
     * The account a bearer token stands for: empty when the text is not a token, or the token is
     * unknown, revoked or expired, or its account is locked or no longer an enterprise account. Notes
     * the use (to the minute).
     */
    @PermitAll
    public Optional<ApiTokenCaller> authenticate(String bearer) {
        Optional<ApiTokenSecret> secret = ApiTokenSecret.parse(bearer);
        if (secret.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<ApiToken> token = em.createQuery("SELECT t FROM ApiToken t WHERE t.hash = :hash", ApiToken.class)
                .setParameter("hash", secret.get().hash()).getResultStream().findFirst()
                .filter(t -> t.statusAt(now) == ApiTokenStatus.ACTIVE)
                .filter(t -> usable(t.getAccount(), now));
        token.ifPresent(t -> noteUse(t, now));
        return token.map(t -> new ApiTokenCaller(t.getAccount().getUsername(), t.getAccount().getRoles()));
    }

    /**
     * One conditional UPDATE, without the row's version: requests of one client in parallel never
     * conflict, and within a minute of the last noted use nothing is written.
     */
    private void noteUse(ApiToken token, Instant now) {
        em.createQuery("UPDATE ApiToken t SET t.lastUsedAt = :now WHERE t.id = :id"
                        + " AND (t.lastUsedAt IS NULL OR t.lastUsedAt <= :before)")
                .setParameter("now", now).setParameter("id", token.getId())
                .setParameter("before", now.minus(ApiToken.LAST_USED_GRANULARITY)).executeUpdate();
    }

    private static boolean usable(Account account, Instant now) {
        return !account.isLockedAt(now) && account.getRoles().contains(Role.ENTERPRISE) && account.getEnterprise() != null;
    }

    private static String usccOf(Account account) {
        return account.getEnterprise() == null ? null : account.getEnterprise().getUscc();
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
