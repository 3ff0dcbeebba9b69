package cn.eport.onboarding.account;

import cn.eport.onboarding.audit.AccountAuditDetails.Code;
import cn.eport.onboarding.audit.AccountAuditDetails;
import cn.eport.onboarding.audit.AuditAction;
import cn.eport.onboarding.audit.AuditTrail;
import cn.eport.onboarding.enterprise.Enterprise;
import cn.eport.onboarding.enterprise.EnterpriseRepository;
import jakarta.ejb.Stateless;
import cn.eport.onboarding.ops.OperatorMetrics;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/** Accounts and login (F-1, R-9): checks credentials, applies the lock-out rule, opens accounts. */
@Stateless
public class AccountService {

    private static final Logger LOG = Logger.getLogger(AccountService.class.getName());
    private static final PasswordHasher HASHER = new PasswordHasher();

    @Inject
    private AccountRepository accounts;

    @Inject
    private EnterpriseRepository enterprises;

    @Inject
    private Clock clock;

    @Inject
    private AuditTrail audit;

    @Inject
    private OperatorMetrics metrics;

    private final LoginPolicy policy = LoginPolicy.STANDARD;

    public LoginOutcome authenticate(String username, char[] password) {
        Optional<Account> found = accounts.findByUsernameForUpdate(username);
        if (found.isEmpty()) {
            // Spend the same time as a real check, so response times do not reveal unknown usernames.
            HASHER.verify(password, DecoyHash.VALUE);
            LOG.info("Login refused: unknown username");
            // the typed name is not kept: people type passwords into the username field
            audit.record("-", AuditAction.LOGIN_REFUSED, ACCOUNT, null, null, AccountAuditDetails.of(Code.UNKNOWN_USERNAME));
            metrics.login(false);
            return new LoginOutcome.Refused(LoginOutcome.Reason.BAD_CREDENTIALS);
        }
        Account account = found.get();
        Instant now = clock.instant();
        boolean passwordMatches = HASHER.verify(password, account.getPasswordHash());
        if (account.isLockedAt(now)) {
            LOG.info(() -> "Login refused: account " + account.getUsername() + " is locked until " + account.getLockedUntil());
            auditLogin(account, AuditAction.LOGIN_REFUSED, AccountAuditDetails.lockedUntil(account.getLockedUntil()));
            metrics.login(false);
            return new LoginOutcome.Refused(LoginOutcome.Reason.LOCKED);
        }
        if (!passwordMatches) {
            account.recordFailedLogin(now, policy);
            LOG.info(() -> "Login refused: wrong password for " + account.getUsername()
                    + (account.isLockedAt(now) ? ", account now locked until " + account.getLockedUntil() : ""));
            auditLogin(account, AuditAction.LOGIN_REFUSED, AccountAuditDetails.of(Code.WRONG_PASSWORD));
            if (account.isLockedAt(now)) {
                auditLogin(account, AuditAction.ACCOUNT_LOCKED, AccountAuditDetails.lockedUntil(account.getLockedUntil()));
                metrics.lockedOut();
            }
            metrics.login(false);
            return new LoginOutcome.Refused(LoginOutcome.Reason.BAD_CREDENTIALS);
        }
        account.recordSuccessfulLogin(now);
        auditLogin(account, AuditAction.LOGIN_SUCCEEDED, null);
        metrics.login(true);
        return new LoginOutcome.Authenticated(account.getUsername(), account.getRoles());
    }

    /** The subject type of account events in the audit trail (the subject id is the username). */
    public static final String ACCOUNT = "ACCOUNT";

    private void auditLogin(Account account, AuditAction action, String detail) {
        audit.record(account.getUsername(), action, ACCOUNT, account.getUsername(), usccOf(account), detail);
    }

    static String usccOf(Account account) {
        return account.getEnterprise() == null ? null : account.getEnterprise().getUscc();
    }

    public Account open(NewAccount request) {
        if (accounts.findByUsername(request.username()).isPresent()) {
            throw new AccountRejectedException(AccountRejectedException.Reason.USERNAME_TAKEN, request.username());
        }
        if (request.roles().contains(Role.ENTERPRISE) != (request.enterpriseUscc() != null)) {
            throw new AccountRejectedException(AccountRejectedException.Reason.ENTERPRISE_MISMATCH,
                    "an ENTERPRISE account belongs to exactly one enterprise, other accounts to none");
        }
        Enterprise enterprise = request.enterpriseUscc() == null ? null
                : enterprises.findByUscc(request.enterpriseUscc()).orElseThrow(() -> new AccountRejectedException(
                        AccountRejectedException.Reason.UNKNOWN_ENTERPRISE, request.enterpriseUscc()));
        Account account = new Account(request.username(), HASHER.hash(request.password()), request.displayName(),
                request.roles(), enterprise, clock.instant());
        return accounts.add(account);
    }

    /** Opens the first ADMIN account unless one exists; for a fresh production installation. */
    public InitialAdministratorOutcome openInitialAdministrator(String username, char[] password) {
        if (accounts.existsWithRole(Role.ADMIN)) {
            return InitialAdministratorOutcome.ADMINISTRATOR_EXISTS;
        }
        if (!PasswordPolicy.check(username, password).isEmpty()) {
            return InitialAdministratorOutcome.WEAK_PASSWORD;
        }
        Account admin = open(new NewAccount(username, password, "系统管理员", Set.of(Role.ADMIN), null));
        audit.record("system", AuditAction.ACCOUNT_OPENED, ACCOUNT, admin.getUsername(), null,
                AccountAuditDetails.of(Code.INITIAL_ADMINISTRATOR));
        return InitialAdministratorOutcome.CREATED;
    }

    public Optional<AccountProfile> profile(String username) {
        return accounts.findByUsername(username).map(AccountService::toProfile);
    }

    public Optional<Account> find(String username) {
        return accounts.findByUsername(username);
    }

    private static AccountProfile toProfile(Account a) {
        Enterprise e = a.getEnterprise();
        return new AccountProfile(a.getUsername(), a.getDisplayName(), a.getRoles(),
                e == null ? null : e.getUscc(), e == null ? null : e.getName(), e == null ? null : e.getLegalPerson());
    }

    /** Computed once, on first use: a valid hash of a password nobody knows. */
    private static final class DecoyHash {
        static final String VALUE = HASHER.decoyHash();
    }
}
