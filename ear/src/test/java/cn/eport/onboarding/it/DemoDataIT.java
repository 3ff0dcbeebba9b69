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
import cn.eport.onboarding.validation.UsccValidator;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

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
}
