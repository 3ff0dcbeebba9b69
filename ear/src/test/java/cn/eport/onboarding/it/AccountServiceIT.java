package cn.eport.onboarding.it;

import cn.eport.onboarding.account.Account;
import cn.eport.onboarding.account.AccountAdministrationService;
import cn.eport.onboarding.account.InitialAdministratorOutcome;
import cn.eport.onboarding.persistence.DatabaseMigrator;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import cn.eport.onboarding.account.AccountRejectedException;
import cn.eport.onboarding.account.AccountService;
import cn.eport.onboarding.account.LoginOutcome;
import cn.eport.onboarding.account.NewAccount;
import cn.eport.onboarding.account.Role;
import cn.eport.onboarding.enterprise.EnterpriseService;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Accounts and login rules (F-1, R-9) against the real database, in the real server. */
@ExtendWith(ArquillianExtension.class)
class AccountServiceIT {

    private static final String PASSWORD = "Right#Pass1";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(AccountServiceIT.class);
    }

    @Inject
    private AccountService accounts;

    @Inject
    private EnterpriseService enterprises;

    @Inject
    private AccountAdministrationService administration;

    @Resource(lookup = DatabaseMigrator.DATASOURCE)
    private DataSource dataSource;

    private String openEnterpriseAccount() {
        String uscc = TestData.newUscc();
        enterprises.add(uscc, "测试企业", "测试法人");
        String username = TestData.newUsername("ent");
        accounts.open(new NewAccount(username, PASSWORD.toCharArray(), "测试", Set.of(Role.ENTERPRISE), uscc));
        return username;
    }

    @Test
    void theRightPasswordLogsInWithTheAccountsRoles() {
        String username = openEnterpriseAccount();
        LoginOutcome outcome = accounts.authenticate(username.toUpperCase() + " ", PASSWORD.toCharArray());
        LoginOutcome.Authenticated ok = assertInstanceOf(LoginOutcome.Authenticated.class, outcome);
        assertEquals(username, ok.username());
        assertEquals(Set.of(Role.ENTERPRISE), ok.roles());
        assertTrue(accounts.find(username).orElseThrow().getLastLoginAt() != null);
    }

    @Test
    void wrongPasswordAndUnknownUserAreRefusedAlike() {
        String username = openEnterpriseAccount();
        assertEquals(new LoginOutcome.Refused(LoginOutcome.Reason.BAD_CREDENTIALS),
                accounts.authenticate(username, "wrong".toCharArray()));
        assertEquals(new LoginOutcome.Refused(LoginOutcome.Reason.BAD_CREDENTIALS),
                accounts.authenticate("nobody-" + username, PASSWORD.toCharArray()));
    }

    @Test
    void fiveFailuresInARowLockTheAccountForFifteenMinutes() throws SQLException {
        String username = openEnterpriseAccount();
        for (int i = 1; i <= 4; i++) {
            accounts.authenticate(username, ("wrong" + i).toCharArray());
        }
        assertFalse(accounts.find(username).orElseThrow().isLockedAt(Instant.now()));
        accounts.authenticate(username, "wrong5".toCharArray());

        Account locked = accounts.find(username).orElseThrow();
        assertTrue(locked.isLockedAt(Instant.now()));
        Duration lock = Duration.between(Instant.now(), locked.getLockedUntil());
        assertTrue(lock.compareTo(Duration.ofMinutes(14)) > 0 && lock.compareTo(Duration.ofMinutes(15)) <= 0, lock.toString());
        assertEquals(new LoginOutcome.Refused(LoginOutcome.Reason.LOCKED),
                accounts.authenticate(username, PASSWORD.toCharArray()), "even the right password is refused while locked");

        assertEquals(List.of("LOGIN_REFUSED WRONG_PASSWORD", "LOGIN_REFUSED WRONG_PASSWORD", "LOGIN_REFUSED WRONG_PASSWORD",
                        "LOGIN_REFUSED WRONG_PASSWORD", "LOGIN_REFUSED WRONG_PASSWORD", "ACCOUNT_LOCKED LOCKED_UNTIL <instant>",
                        "LOGIN_REFUSED LOCKED_UNTIL <instant>"),
                auditOf(username), "the audit trail tells the story in codes, without the passwords tried");
    }

    private List<String> auditOf(String username) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT action, detail FROM audit_event WHERE subject_id = ? ORDER BY id")) {
            s.setString(1, username);
            List<String> events = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String detail = rs.getString(2) == null ? "" : rs.getString(2);
                    events.add((rs.getString(1) + " " + detail)
                            .replaceAll("LOCKED_UNTIL \\d{4}-\\d\\d-\\d\\dT\\S+Z$", "LOCKED_UNTIL <instant>").strip());
                }
            }
            return events;
        }
    }

    @Test
    void aSuccessfulLoginResetsTheFailureCount() {
        String username = openEnterpriseAccount();
        for (int i = 0; i < 4; i++) {
            accounts.authenticate(username, "wrong".toCharArray());
        }
        assertInstanceOf(LoginOutcome.Authenticated.class, accounts.authenticate(username, PASSWORD.toCharArray()));
        accounts.authenticate(username, "wrong".toCharArray());
        assertEquals(1, accounts.find(username).orElseThrow().getFailedAttempts());
    }

    @Test
    void passwordsAreStoredAsSaltedPbkdf2Hashes() {
        String username = openEnterpriseAccount();
        String stored = accounts.find(username).orElseThrow().getPasswordHash();
        assertTrue(stored.startsWith("pbkdf2-sha512$210000$"), stored);
        assertFalse(stored.contains(PASSWORD));
    }

    @Test
    void anEnterpriseAccountBelongsToExactlyOneEnterprise() {
        String username = openEnterpriseAccount();
        assertTrue(accounts.profile(username).orElseThrow().enterpriseUscc() != null);

        AccountRejectedException noEnterprise = assertThrows(AccountRejectedException.class, () -> accounts.open(
                new NewAccount(TestData.newUsername("e"), PASSWORD.toCharArray(), "x", Set.of(Role.ENTERPRISE), null)));
        assertEquals(AccountRejectedException.Reason.ENTERPRISE_MISMATCH, noEnterprise.reason());

        AccountRejectedException unknown = assertThrows(AccountRejectedException.class, () -> accounts.open(
                new NewAccount(TestData.newUsername("e"), PASSWORD.toCharArray(), "x", Set.of(Role.ENTERPRISE), TestData.newUscc())));
        assertEquals(AccountRejectedException.Reason.UNKNOWN_ENTERPRISE, unknown.reason());

        AccountRejectedException taken = assertThrows(AccountRejectedException.class, () -> accounts.open(
                new NewAccount(username, PASSWORD.toCharArray(), "x", Set.of(Role.REVIEWER), null)));
        assertEquals(AccountRejectedException.Reason.USERNAME_TAKEN, taken.reason());
    }

    @Test
    void theInitialAdministratorIsOnlyCreatedWhenThereIsNone() {
        assertEquals(InitialAdministratorOutcome.ADMINISTRATOR_EXISTS,
                accounts.openInitialAdministrator(TestData.newUsername("adm"), "Strong#Pass1".toCharArray()),
                "the demo data has an administrator already");
    }

    @Test
    void administrationNeedsTheAdminRole() {
        assertThrows(EJBAccessException.class, () -> administration.count(""));
        assertThrows(EJBAccessException.class, () -> administration.unlock("ent-a"));
    }
}
