package cn.eport.onboarding.it;

import cn.eport.onboarding.account.AccountProfile;
import cn.eport.onboarding.account.AccountService;
import cn.eport.onboarding.account.LoginOutcome;
import cn.eport.onboarding.account.Role;
import cn.eport.onboarding.demo.DemoData;
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
        return Deployments.earWithTests(DemoDataIT.class);
    }

    @Inject
    private AccountService accounts;

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
        assertEquals(2, enterpriseAccounts);
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
}
