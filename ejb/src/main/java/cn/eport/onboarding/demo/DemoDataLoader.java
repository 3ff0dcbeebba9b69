package cn.eport.onboarding.demo;

import cn.eport.onboarding.account.AccountRepository;
import cn.eport.onboarding.account.AccountService;
import cn.eport.onboarding.account.NewAccount;
import cn.eport.onboarding.directory.table.CustomsRecordEntry;
import cn.eport.onboarding.directory.table.DirectoryEntryRepository;
import cn.eport.onboarding.directory.table.ForexDeregistrationEntry;
import cn.eport.onboarding.directory.table.ForexEnterpriseEntry;
import cn.eport.onboarding.directory.table.PendingFilingEntry;
import cn.eport.onboarding.directory.table.RegistryEntry;
import cn.eport.onboarding.enterprise.EnterpriseService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Loads {@link DemoData} on the first start of an empty database when the switch
 * {@value #SWITCH} is true (the embedded default sets it; production leaves it off): the
 * enterprises, the accounts and the reference-directory entries, in one transaction.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
public class DemoDataLoader {

    public static final String SWITCH = "eport.demo-data.enabled";
    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

    @Inject
    @ConfigProperty(name = SWITCH, defaultValue = "false")
    private boolean enabled;

    @Inject
    private AccountRepository accounts;

    @Inject
    private AccountService accountService;

    @Inject
    private EnterpriseService enterpriseService;

    @Inject
    private DirectoryEntryRepository directoryEntries;

    @Inject
    private Clock clock;

    @PostConstruct
    void load() {
        if (!enabled) {
            return;
        }
        if (accounts.count() > 0) {
            LOG.info(() -> "Demo data: accounts already present, nothing loaded. " + summary());
            return;
        }
        DemoData.ENTERPRISES.forEach(e -> enterpriseService.add(e.uscc(), e.name(), e.legalPerson()));
        DemoData.ACCOUNTS.forEach(a -> accountService.open(new NewAccount(a.username(),
                DemoData.PASSWORD.toCharArray(), a.displayName(), DemoData.rolesOf(a), a.enterpriseUscc())));
        loadDirectories(clock.instant());
        LOG.info(() -> "Demo data loaded. " + summary());
    }

    /** The reference-directory tables behind the table-backed adapters (the default). */
    private void loadDirectories(Instant now) {
        DemoData.REGISTRY_RECORDS.forEach(r -> directoryEntries.add(new RegistryEntry(r, now)));
        DemoData.FOREX_ENTERPRISES.forEach(r -> directoryEntries.add(new ForexEnterpriseEntry(r, now)));
        DemoData.FOREX_DEREGISTRATIONS.forEach(r -> directoryEntries.add(new ForexDeregistrationEntry(r, now)));
        DemoData.CUSTOMS_RECORDS.forEach(r -> directoryEntries.add(new CustomsRecordEntry(r, now)));
        DemoData.PENDING_FILINGS.forEach(r -> directoryEntries.add(new PendingFilingEntry(r, now)));
    }

    private static String summary() {
        StringBuilder text = new StringBuilder("Demo accounts (password ").append(DemoData.PASSWORD).append("):");
        for (DemoData.DemoAccount a : DemoData.ACCOUNTS) {
            text.append("\n  ").append(String.format("%-15s %-15s", a.username(), a.role()));
            if (a.enterpriseUscc() != null) {
                DemoData.ENTERPRISES.stream().filter(e -> e.uscc().equals(a.enterpriseUscc())).findFirst()
                        .ifPresent(e -> text.append(' ').append(e.uscc()).append(' ').append(e.name()));
            }
            if (a.scenario() != null) {
                text.append("\n  ").append(" ".repeat(31)).append(a.scenario());
            }
        }
        return text.toString();
    }
}
