package cn.eport.onboarding.web.frame;

import cn.eport.onboarding.account.Role;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
                        "/enterprise/status", "/account/api-tokens", "/help/security-device", "/help/api"),
                paths(EnumSet.of(Role.ENTERPRISE)));
    }

    @Test
    void reviewersSeeNoEnterpriseFunction() {
        List<String> paths = paths(EnumSet.of(Role.REVIEWER));
        assertEquals(List.of("/index", "/review/queue", "/review/dashboard", "/codes/browse", "/help/security-device"), paths);
        assertFalse(paths.stream().anyMatch(p -> p.startsWith("/enterprise/")), paths.toString());
        assertFalse(paths.stream().anyMatch(p -> p.startsWith("/admin/") || p.startsWith("/batch/")), paths.toString());
    }

    @Test
    void supervisorsSeeTheQueueAndTheDashboardOnly() {
        assertEquals(List.of("/index", "/review/queue", "/review/dashboard", "/help/security-device"), paths(EnumSet.of(Role.SUPERVISOR)));
    }

    @Test
    void eachStaffRoleSeesItsOwnFunctionsOnly() {
        assertEquals(List.of("/index", "/batch/jobs", "/help/security-device"), paths(EnumSet.of(Role.BATCH_OPERATOR)));
        assertEquals(List.of("/index", "/batch/jobs", "/admin/accounts", "/admin/audit", "/codes/browse", "/help/security-device", "/help/api"),
                paths(EnumSet.of(Role.ADMIN)));
    }

    /** The roles that may open a menu item are exactly the roles web.xml lets through to its page. */
    @Test
    void menuRolesAgreeWithTheSecurityConstraintsOfWebXml() throws Exception {
        WebXmlConstraints webXml = WebXmlConstraints.read(Path.of("src/main/webapp/WEB-INF/web.xml"));
        for (MenuGroup group : MainMenu.GROUPS) {
            for (MenuItem item : group.items()) {
                assertEquals(Optional.of(item.roles()), webXml.rolesFor(item.path()), item.path());
                assertEquals(webXml.rolesFor(item.path()), webXml.rolesFor(item.path() + ".xhtml"), item.path() + ".xhtml");
            }
        }
    }

    @Test
    void theConstraintReaderFollowsTheServletMatchingRules() throws Exception {
        WebXmlConstraints webXml = WebXmlConstraints.read(Path.of("src/main/webapp/WEB-INF/web.xml"));
        assertEquals(Optional.of(EnumSet.of(Role.ADMIN, Role.REVIEWER)), webXml.rolesFor("/codes/browse"));
        assertEquals(Optional.of(EnumSet.of(Role.ADMIN)), webXml.rolesFor("/admin/accounts"));
        assertEquals(Optional.of(EnumSet.of(Role.REVIEWER)), webXml.rolesFor("/review/application"), "supervisors do not open applications");
        assertEquals(Optional.of(EnumSet.of(Role.REVIEWER, Role.SUPERVISOR)), webXml.rolesFor("/review/dashboard.xhtml"));
        assertEquals(Optional.of(EnumSet.allOf(Role.class)), webXml.rolesFor("/api/codes/customs-district"), "any logged-in user");
        assertEquals(Optional.of(EnumSet.noneOf(Role.class)), webXml.rolesFor("/login"), "public: no role needed");
        assertEquals(Optional.of(EnumSet.allOf(Role.class)), webXml.rolesFor("/loginx"));
    }

    @Test
    void everyMenuItemHasItsPage() {
        MainMenu.GROUPS.stream().flatMap(g -> g.items().stream()).forEach(item ->
                assertTrue(Files.isRegularFile(Path.of("src/main/webapp" + item.path() + ".xhtml")), item.path()));
    }

    @Test
    void nobodySeesEmptyGroups() {
        MainMenu.visibleTo(EnumSet.of(Role.REVIEWER)).forEach(g -> assertFalse(g.isEmpty(), g.id()));
        assertTrue(MainMenu.visibleTo(EnumSet.noneOf(Role.class)).isEmpty());
    }

    /**
     * The security constraints of a web.xml and which roles they let through to a path: the best
     * matching url-pattern decides (exact, then the longest /prefix/*, then *.extension; Servlet 6,
     * 13.8.3); {@code **} is any logged-in user; a constraint without auth-constraint is public.
     */
    record WebXmlConstraints(Map<String, Set<Role>> rolesByPattern) {

        static WebXmlConstraints read(Path webXml) throws Exception {
            Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(webXml.toFile());
            Map<String, Set<Role>> byPattern = new HashMap<>();
            NodeList constraints = document.getElementsByTagName("security-constraint");
            for (int i = 0; i < constraints.getLength(); i++) {
                Element constraint = (Element) constraints.item(i);
                Set<Role> roles = EnumSet.noneOf(Role.class);
                NodeList roleNames = constraint.getElementsByTagName("role-name");
                for (int r = 0; r < roleNames.getLength(); r++) {
                    String name = roleNames.item(r).getTextContent().strip();
                    roles.addAll(name.equals("**") ? EnumSet.allOf(Role.class) : EnumSet.of(Role.valueOf(name)));
                }
                NodeList patterns = constraint.getElementsByTagName("url-pattern");
                for (int p = 0; p < patterns.getLength(); p++) {
                    byPattern.merge(patterns.item(p).getTextContent().strip(), roles, (a, b) -> {
                        Set<Role> union = EnumSet.copyOf(a);
                        union.addAll(b);
                        return union;
                    });
                }
            }
            return new WebXmlConstraints(byPattern);
        }

        /** The roles let through, empty when public; nothing when no constraint matches the path. */
        Optional<Set<Role>> rolesFor(String path) {
            if (rolesByPattern.containsKey(path)) {
                return Optional.of(rolesByPattern.get(path));
            }
            Optional<String> prefix = rolesByPattern.keySet().stream().filter(p -> p.endsWith("/*"))
                    .filter(p -> path.startsWith(p.substring(0, p.length() - 1)) || path.equals(p.substring(0, p.length() - 2)))
                    .max(Comparator.comparingInt(String::length));
            if (prefix.isPresent()) {
                return Optional.of(rolesByPattern.get(prefix.get()));
            }
            return rolesByPattern.keySet().stream().filter(p -> p.startsWith("*.") && path.endsWith(p.substring(1)))
                    .findFirst().map(rolesByPattern::get);
        }
    }
}
