package cn.eport.onboarding.account;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;
import java.util.logging.Logger;

/**
 * Opens the first administrator account on a production server, where there is no demo data:
 * when no ADMIN account exists and {@value #PASSWORD} is set (best through a Payara password
 * alias, see README), an account {@value #USERNAME} (default "admin") is created with it.
 * Once an administrator exists, the settings are ignored.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigrator", "DemoDataLoader"})
public class InitialAdministrator {

    static final String USERNAME = "eport.bootstrap.admin-username";
    static final String PASSWORD = "eport.bootstrap.admin-password";
    private static final Logger LOG = Logger.getLogger(InitialAdministrator.class.getName());

    @Inject
    @ConfigProperty(name = USERNAME, defaultValue = "admin")
    private String username;

    @Inject
    @ConfigProperty(name = PASSWORD)
    private Optional<String> password;

    @Inject
    private AccountService accountService;

    @PostConstruct
    void openIfNeeded() {
        if (password.isEmpty() || password.get().isBlank()) {
            return;
        }
        InitialAdministratorOutcome outcome = accountService.openInitialAdministrator(username, password.get().toCharArray());
        switch (outcome) {
            case CREATED -> LOG.info(() -> "Initial administrator account '" + Account.normalizeUsername(username)
                    + "' created; remove " + PASSWORD + " from the server configuration now.");
            case WEAK_PASSWORD -> LOG.severe(() -> "Initial administrator NOT created: " + PASSWORD
                    + " breaks the password policy " + PasswordPolicy.check(username, password.get().toCharArray()));
            case ADMINISTRATOR_EXISTS -> LOG.info(() -> "An administrator exists; " + PASSWORD + " is ignored.");
        }
    }
}
