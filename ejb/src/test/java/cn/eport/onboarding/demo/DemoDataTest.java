package cn.eport.onboarding.demo;

import cn.eport.onboarding.account.Role;
import cn.eport.onboarding.validation.UsccValidator;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoDataTest {

    @Test
    void twoEnterprisesWithValidUsccs() {
        assertEquals(2, DemoData.ENTERPRISES.size());
        DemoData.ENTERPRISES.forEach(e -> assertTrue(UsccValidator.isValid(e.uscc()), e.uscc()));
    }

    @Test
    void atLeastOneAccountPerRole() {
        assertEquals(EnumSet.allOf(Role.class),
                DemoData.ACCOUNTS.stream().map(DemoData.DemoAccount::role).collect(Collectors.toSet()));
    }

    @Test
    void enterpriseAccountsPointAtDemoEnterprisesOthersAtNone() {
        var usccs = DemoData.ENTERPRISES.stream().map(DemoData.DemoEnterprise::uscc).collect(Collectors.toSet());
        for (DemoData.DemoAccount a : DemoData.ACCOUNTS) {
            if (a.role() == Role.ENTERPRISE) {
                assertTrue(usccs.contains(a.enterpriseUscc()), a.username());
            } else {
                assertEquals(null, a.enterpriseUscc(), a.username());
            }
        }
    }
}
