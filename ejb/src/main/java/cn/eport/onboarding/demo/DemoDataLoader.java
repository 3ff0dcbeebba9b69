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
import cn.eport.onboarding.enterprise.Enterprise;
import cn.eport.onboarding.enterprise.EnterpriseRegistration;
import cn.eport.onboarding.enterprise.EnterpriseService;
import cn.eport.onboarding.workflow.Actor;
import cn.eport.onboarding.workflow.WorkflowAction;
import cn.eport.onboarding.workflow.WorkflowService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Loads {@link DemoData} on the first start of an empty database when the switch
 * {@value #SWITCH} is true (the embedded default sets it; production leaves it off): the
 * enterprises, the accounts, the reference-directory entries and the approved 三证合一 records of
 * the enterprises that have joined, in one transaction.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
public class DemoDataLoader {

    public static final String SWITCH = "eport.demo-data.enabled";
    /** The demo reviewer, who approved the demo enterprises' 三证合一 records. */
    private static final String REVIEWER = "reviewer";
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
    private WorkflowService workflow;

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
        DemoData.REGISTRATIONS.forEach(this::approvedRegistration);
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

    /** A 三证合一 record declared by the enterprise's account, claimed and approved by the demo reviewer. */
    private void approvedRegistration(DemoData.DemoRegistration demo) {
        Enterprise enterprise = enterpriseService.findByUscc(demo.uscc()).orElseThrow();
        String token = UUID.randomUUID().toString();
        Instant now = clock.instant();
        EnterpriseRegistration registration = new EnterpriseRegistration(enterprise, token, now);
        registration.replaceDetails(demo.details(), token, now);
        workflow.apply(registration, WorkflowAction.DECLARE, Actor.OWNER, demo.declaredBy(), null);
        workflow.apply(registration, WorkflowAction.CLAIM, Actor.REVIEWER, REVIEWER, null);
        workflow.apply(registration, WorkflowAction.APPROVE, Actor.REVIEWER, REVIEWER, null);
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
