package cn.eport.onboarding.web.frame;

import cn.eport.onboarding.account.Role;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MainMenuTest {

    private static List<String> paths(Set<Role> roles) {
        return MainMenu.visibleTo(roles).stream().flatMap(g -> g.items().stream()).map(MenuItem::path).toList();
    }

    @Test
    void enterpriseUsersSeeEveryFunctionOfTheManual() {
        assertEquals(List.of("/index", "/enterprise/registrations", "/enterprise/mofcom-filing",
                        "/enterprise/customs-filing", "/enterprise/forex-filing", "/enterprise/operators",
                        "/enterprise/status", "/help/security-device"),
                paths(EnumSet.of(Role.ENTERPRISE)));
    }

    @Test
    void reviewersSeeNoEnterpriseFunction() {
        List<String> paths = paths(EnumSet.of(Role.REVIEWER));
        assertTrue(paths.contains("/review/queue"));
        assertFalse(paths.stream().anyMatch(p -> p.startsWith("/enterprise/")), paths.toString());
        assertFalse(paths.stream().anyMatch(p -> p.startsWith("/admin/") || p.startsWith("/batch/")), paths.toString());
    }

    @Test
    void eachStaffRoleSeesItsOwnFunctionsOnly() {
        assertEquals(List.of("/index", "/batch/jobs", "/help/security-device"), paths(EnumSet.of(Role.BATCH_OPERATOR)));
        assertEquals(List.of("/index", "/admin/accounts", "/admin/code-tables", "/admin/audit", "/help/security-device"),
                paths(EnumSet.of(Role.ADMIN)));
    }

    @Test
    void menuRolesAgreeWithTheUrlPrefixesThatWebXmlProtects() {
        for (MenuGroup group : MainMenu.GROUPS) {
            for (MenuItem item : group.items()) {
                if (item.path().startsWith("/enterprise/")) {
                    assertEquals(EnumSet.of(Role.ENTERPRISE), item.roles(), item.path());
                } else if (item.path().startsWith("/review/")) {
                    assertEquals(EnumSet.of(Role.REVIEWER), item.roles(), item.path());
                } else if (item.path().startsWith("/batch/")) {
                    assertEquals(EnumSet.of(Role.BATCH_OPERATOR), item.roles(), item.path());
                } else if (item.path().startsWith("/admin/")) {
                    assertEquals(EnumSet.of(Role.ADMIN), item.roles(), item.path());
                } else {
                    assertEquals(EnumSet.allOf(Role.class), item.roles(), item.path());
                }
            }
        }
    }

    @Test
    void nobodySeesEmptyGroups() {
        MainMenu.visibleTo(EnumSet.of(Role.REVIEWER)).forEach(g -> assertFalse(g.isEmpty(), g.id()));
        assertTrue(MainMenu.visibleTo(EnumSet.noneOf(Role.class)).isEmpty());
    }
}
