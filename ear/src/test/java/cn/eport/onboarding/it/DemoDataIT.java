package cn.eport.onboarding.it;

import cn.eport.onboarding.account.AccountProfile;
import cn.eport.onboarding.account.AccountService;
import cn.eport.onboarding.account.LoginOutcome;
import cn.eport.onboarding.account.Role;
import cn.eport.onboarding.demo.DemoData;
import cn.eport.onboarding.directory.DirectoryResult;
import cn.eport.onboarding.directory.FilingKind;
import cn.eport.onboarding.directory.FilingSystem;
import cn.eport.onboarding.directory.RegistryRecord;
import cn.eport.onboarding.codetable.CodeTable;
import cn.eport.onboarding.codetable.CodeTableService;
import cn.eport.onboarding.enterprise.EnterpriseRegistration;
import cn.eport.onboarding.enterprise.RegistrationDetails;
import cn.eport.onboarding.filing.FilingCheck;
import cn.eport.onboarding.filing.FilingObstacle;
import cn.eport.onboarding.filing.FilingPreconditions;
import cn.eport.onboarding.filing.JoinedRegistrations;
import cn.eport.onboarding.validation.UsccValidator;
import cn.eport.onboarding.workflow.ApplicationKind;
import cn.eport.onboarding.workflow.ApplicationStatus;
import cn.eport.onboarding.workflow.WorkflowService;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The test server has the demo switch on (config/src/main/payara/demo-data.asadmin): the data is there. */
@ExtendWith(ArquillianExtension.class)
class DemoDataIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(DemoDataIT.class, DirectoryPorts.class);
    }

    @Inject
    private AccountService accounts;

    @Inject
    private DirectoryPorts directories;

    @Inject
    private JoinedRegistrations joined;

    @Inject
    private FilingPreconditions preconditions;

    @Inject
    private WorkflowService workflow;

    @Inject
    private CodeTableService codeTables;

    @Test
    void oneAccountPerRoleLogsInWithTheDemoPassword() {
        for (DemoData.DemoAccount demo : DemoData.ACCOUNTS) {
            LoginOutcome outcome = accounts.authenticate(demo.username(), DemoData.PASSWORD.toCharArray());
            assertEquals(java.util.Set.of(demo.role()),
                    assertInstanceOf(LoginOutcome.Authenticated.class, outcome, demo.username()).roles());
        }
    }

    @Test
    void enterpriseDemoAccountsBelongToEnterprisesWithValidUsccs() {
        long enterpriseAccounts = DemoData.ACCOUNTS.stream().filter(a -> a.role() == Role.ENTERPRISE).count();
        assertEquals(6, enterpriseAccounts);
        for (DemoData.DemoAccount demo : DemoData.ACCOUNTS) {
            AccountProfile profile = accounts.profile(demo.username()).orElseThrow();
            if (demo.role() == Role.ENTERPRISE) {
                assertTrue(UsccValidator.isValid(profile.enterpriseUscc()), profile.enterpriseUscc());
                assertEquals(demo.enterpriseUscc(), profile.enterpriseUscc());
            } else {
                assertEquals(null, profile.enterpriseUscc());
            }
        }
    }

    private String usccOf(String username) {
        return accounts.profile(username).orElseThrow().enterpriseUscc();
    }

    @Test
    void entAIsBackFilledFromTheRegistryAndPassesEveryDirectory() {
        String a = usccOf("ent-a");
        RegistryRecord record = directories.registry.find(a).recordIfFound().orElseThrow();
        assertEquals(DemoData.REGISTRY_RECORDS.get(0), record);
        assertEquals("北京海淀示例进出口贸易有限公司", record.enterpriseName());
        assertEquals("110000", directories.forexEnterprises.find(a).recordIfFound().orElseThrow().forexBureauCode());
        assertTrue(directories.customsRecords.find(a).isFound());
        assertTrue(directories.forexDeregistrations.find(a).isNotFound());
        assertTrue(directories.pendingFilings.find(a, FilingSystem.OLD_SYSTEM).isNotFound());
        assertTrue(directories.pendingFilings.find(a, FilingSystem.RA_SYSTEM).isNotFound());
    }

    @Test
    void eachScenarioAccountMeetsItsObstacle() {
        String b = usccOf("ent-b");
        assertEquals(DirectoryResult.notFound(), directories.registry.find(b), "ent-b: no back-fill");
        assertEquals(DirectoryResult.notFound(), directories.forexEnterprises.find(b), "ent-b: forex filing goes to review");

        RegistryRecord cancelled = directories.registry.find(usccOf("ent-cancelled")).recordIfFound().orElseThrow();
        assertEquals(RegistryRecord.STATUS_DEREGISTERED, cancelled.statusCode());
        assertTrue(cancelled.deregisteredOrRevoked());

        assertTrue(directories.forexDeregistrations.find(usccOf("ent-forex-dereg")).isFound());

        String pending = usccOf("ent-pending");
        assertEquals(FilingKind.MOFCOM, directories.pendingFilings.find(pending, FilingSystem.OLD_SYSTEM).recordIfFound().orElseThrow().kind());
        assertTrue(directories.pendingFilings.find(pending, FilingSystem.OLD_SYSTEM, FilingKind.FOREX).isFound());
        assertTrue(directories.pendingFilings.find(pending, FilingSystem.RA_SYSTEM, FilingKind.CUSTOMS).isFound());
        assertTrue(directories.customsRecords.find(pending).isFound(), "ent-pending is refused only for its pending filings");

        String noCustoms = usccOf("ent-no-customs");
        assertEquals(DirectoryResult.notFound(), directories.customsRecords.find(noCustoms));
        assertTrue(directories.registry.find(noCustoms).recordIfFound().orElseThrow().statusCode().equals(RegistryRecord.STATUS_ACTIVE));
    }

    /**
     * Every enterprise account but ent-cancelled joined through 三证合一: its record was declared by the
     * account and approved by the demo reviewer, with active codes. The scenario accounts' records are
     * the only approved ones they have (no test approves theirs), so their history is the loader's.
     */
    @Test
    void theEnterprisesThatJoinedHaveAnApprovedRegistrationWithAReviewersHistory() {
        assertEquals(5, DemoData.REGISTRATIONS.size());
        for (DemoData.DemoRegistration demo : DemoData.REGISTRATIONS) {
            assertEquals(demo.uscc(), usccOf(demo.declaredBy()), demo.declaredBy() + " declares its own enterprise's record");
            EnterpriseRegistration approved = joined.of(demo.uscc()).orElseThrow(() -> new AssertionError(demo.declaredBy()));
            assertEquals(ApplicationStatus.APPROVED, approved.getStatus());
            RegistrationDetails d = demo.details();
            for (var code : Map.of(CodeTable.BUSINESS_REGISTRATION_AUTHORITY, d.getBusinessAuthorityCode(),
                    CodeTable.TAX_AUTHORITY, d.getTaxAuthorityCode(), CodeTable.QUALITY_SUPERVISION_AUTHORITY, d.getQualityAuthorityCode(),
                    CodeTable.ENTERPRISE_TYPE, d.getEnterpriseType(), CodeTable.CUSTOMS_DISTRICT, d.getCustomsDistrictCode()).entrySet()) {
                assertTrue(codeTables.findActive(code.getKey(), code.getValue()).isPresent(), demo.declaredBy() + ": " + code);
            }
            assertEquals(d.getCardIssuerCode(), codeTables.findActive(CodeTable.CUSTOMS_DISTRICT, d.getCustomsDistrictCode())
                    .orElseThrow().getCardIssuerCode(), "the card issuer of the district");
            if (!demo.declaredBy().equals("ent-a") && !demo.declaredBy().equals("ent-b")) {
                assertEquals(List.of(demo.declaredBy() + ":DECLARED", "reviewer:UNDER_REVIEW", "reviewer:APPROVED"),
                        workflow.history(ApplicationKind.ENTERPRISE_REGISTRATION, approved.getId()).stream()
                                .map(t -> t.actor() + ":" + t.to()).toList());
                assertEquals(d.getRegisteredAddress(), approved.getDetails().getRegisteredAddress());
            }
        }
        assertTrue(joined.of(usccOf("ent-cancelled")).isEmpty(), "ent-cancelled has not joined: its obstacle");
    }

    /** Each scenario account meets exactly its own obstacle in each filing (F-21, F-31, F-41); ent-a and ent-b none. */
    @Test
    void eachScenarioAccountMeetsExactlyItsOwnFilingObstacle() {
        Map<String, Map<FilingKind, FilingObstacle>> expected = Map.of(
                "ent-a", Map.of(),
                "ent-b", Map.of(),
                "ent-cancelled", Map.of(FilingKind.MOFCOM, FilingObstacle.NO_REGISTRATION, FilingKind.CUSTOMS, FilingObstacle.NO_REGISTRATION,
                        FilingKind.FOREX, FilingObstacle.NO_REGISTRATION),
                "ent-forex-dereg", Map.of(FilingKind.FOREX, FilingObstacle.FOREX_DEREGISTERED),
                "ent-pending", Map.of(FilingKind.MOFCOM, FilingObstacle.OLD_SYSTEM_FILING_PENDING,
                        FilingKind.CUSTOMS, FilingObstacle.RA_SYSTEM_FILING_PENDING, FilingKind.FOREX, FilingObstacle.OLD_SYSTEM_FILING_PENDING),
                "ent-no-customs", Map.of(FilingKind.CUSTOMS, FilingObstacle.NO_CUSTOMS_RECORD));
        expected.forEach((user, obstacles) -> {
            for (FilingKind kind : FilingKind.values()) {
                FilingCheck check = preconditions.check(kind, usccOf(user));
                FilingObstacle obstacle = obstacles.get(kind);
                if (obstacle == null) {
                    assertTrue(check.isClear(), user + " " + kind + ": " + check);
                } else {
                    assertEquals(obstacle, assertInstanceOf(FilingCheck.Blocked.class, check, user + " " + kind).obstacle(), user + " " + kind);
                }
            }
        });
    }
}
