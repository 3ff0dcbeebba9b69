package cn.eport.onboarding.account;

import cn.eport.onboarding.audit.AccountAuditDetails;
import cn.eport.onboarding.audit.AuditAction;
import cn.eport.onboarding.audit.AuditTrail;
import cn.eport.onboarding.enterprise.Enterprise;
import cn.eport.onboarding.enterprise.EnterpriseRepository;
import cn.eport.onboarding.validation.UsccValidator;
import cn.eport.onboarding.validation.ValidationResult;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Pattern;

import static cn.eport.onboarding.account.AccountRejectedException.Reason;

/** What administrators do with accounts: list, open, unlock, set a new password. */
@Stateless
@RolesAllowed("ADMIN")
public class AccountAdministrationService {

    /** Lower-case letters, digits, dot, dash and underscore; 3 to 64 characters. */
    public static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,64}");
    private static final Logger LOG = Logger.getLogger(AccountAdministrationService.class.getName());
    private static final PasswordHasher HASHER = new PasswordHasher();

    @Inject
    private AccountRepository accounts;

    @Inject
    private EnterpriseRepository enterprises;

    @Inject
    private AccountService accountService;

    @Inject
    private Clock clock;

    @Inject
    private AuditTrail audit;

    @Resource
    private SessionContext session;

    public List<AccountSummary> search(String text, int first, int max) {
        return accounts.search(text, first, max).stream().map(AccountSummary::of).toList();
    }

    public long count(String text) {
        return accounts.countMatching(text);
    }

    public AccountSummary open(AccountRequest request) {
        String username = Account.normalizeUsername(request.username());
        if (!USERNAME.matcher(username).matches()) {
            throw new AccountRejectedException(Reason.INVALID_USERNAME, username);
        }
        requireStrongPassword(username, request.password());
        String uscc = null;
        if (request.role() == Role.ENTERPRISE) {
            uscc = ensureEnterprise(request).getUscc();
        }
        Account account = accountService.open(new NewAccount(username, request.password(),
                request.displayName().strip(), Set.of(request.role()), uscc));
        LOG.info(() -> "Account " + username + " (" + request.role() + ") opened");
        auditChange(account, AuditAction.ACCOUNT_OPENED, AccountAuditDetails.role(request.role()));
        return AccountSummary.of(account);
    }

    public void unlock(String username) {
        Account account = existing(username);
        account.clearFailures();
        LOG.info(() -> "Account " + account.getUsername() + " unlocked by an administrator");
        auditChange(account, AuditAction.ACCOUNT_UNLOCKED, null);
    }

    public void setPassword(String username, char[] password) {
        Account account = existing(username);
        requireStrongPassword(account.getUsername(), password);
        account.changePasswordHash(HASHER.hash(password));
        account.clearFailures();
        LOG.info(() -> "Password of account " + account.getUsername() + " set by an administrator");
        auditChange(account, AuditAction.PASSWORD_SET, null);
    }

    private void auditChange(Account account, AuditAction action, String detail) {
        audit.record(session.getCallerPrincipal().getName(), action, AccountService.ACCOUNT, account.getUsername(),
                AccountService.usccOf(account), detail);
    }

    private Account existing(String username) {
        return accounts.findByUsernameForUpdate(username)
                .orElseThrow(() -> new AccountRejectedException(Reason.UNKNOWN_ACCOUNT, username));
    }

    static void requireStrongPassword(String username, char[] password) {
        List<PasswordPolicy.Violation> violations = PasswordPolicy.check(username, password);
        if (!violations.isEmpty()) {
            throw new AccountRejectedException(Reason.WEAK_PASSWORD, violations.toString());
        }
    }

    private Enterprise ensureEnterprise(AccountRequest request) {
        ValidationResult checked = UsccValidator.strict().validate(request.enterpriseUscc());
        if (!checked.isValid()) {
            throw new AccountRejectedException(Reason.INVALID_USCC, checked.normalized(), checked.firstError().orElse(null));
        }
        String uscc = checked.canonical();
        String name = request.enterpriseName().strip();
        String legalPerson = request.legalPerson().strip();
        return enterprises.findByUscc(uscc).map(known -> {
            if (!known.getName().equals(name) || !known.getLegalPerson().equals(legalPerson)) {
                throw new AccountRejectedException(Reason.ENTERPRISE_DATA_MISMATCH, known.getName() + " / " + known.getLegalPerson());
            }
            return known;
        }).orElseGet(() -> enterprises.add(new Enterprise(uscc, name, legalPerson, clock.instant())));
    }
}
