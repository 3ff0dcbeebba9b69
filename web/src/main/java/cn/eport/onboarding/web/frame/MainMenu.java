package cn.eport.onboarding.web.frame;

import cn.eport.onboarding.account.Role;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Every function of the system, grouped as in the manual's left menu, with who may use it. */
public final class MainMenu {

    private static final Set<Role> ENTERPRISE = EnumSet.of(Role.ENTERPRISE);
    private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);

    public static final List<MenuGroup> GROUPS = List.of(
            new MenuGroup("home", "menu.group.home", "pi pi-home", List.of(
                    new MenuItem("menu.home", "/index", EVERYONE))),
            new MenuGroup("enterprise", "menu.group.enterprise", "pi pi-building", List.of(
                    new MenuItem("menu.enterprise.registrations", "/enterprise/registrations", ENTERPRISE),
                    new MenuItem("menu.enterprise.mofcomFiling", "/enterprise/mofcom-filing", ENTERPRISE),
                    new MenuItem("menu.enterprise.customsFiling", "/enterprise/customs-filing", ENTERPRISE),
                    new MenuItem("menu.enterprise.forexFiling", "/enterprise/forex-filing", ENTERPRISE),
                    new MenuItem("menu.enterprise.operators", "/enterprise/operators", ENTERPRISE))),
            new MenuGroup("status", "menu.group.status", "pi pi-search", List.of(
                    new MenuItem("menu.enterprise.status", "/enterprise/status", ENTERPRISE))),
            new MenuGroup("account", "menu.group.account", "pi pi-key", List.of(
                    new MenuItem("menu.account.apiTokens", "/account/api-tokens", ENTERPRISE))),
            new MenuGroup("review", "menu.group.review", "pi pi-check-square", List.of(
                    new MenuItem("menu.review.queue", "/review/queue", EnumSet.of(Role.REVIEWER, Role.SUPERVISOR)),
                    new MenuItem("menu.review.dashboard", "/review/dashboard", EnumSet.of(Role.REVIEWER, Role.SUPERVISOR)))),
            new MenuGroup("batch", "menu.group.batch", "pi pi-server", List.of(
                    new MenuItem("menu.batch.jobs", "/batch/jobs", EnumSet.of(Role.BATCH_OPERATOR, Role.ADMIN)))),
            new MenuGroup("admin", "menu.group.admin", "pi pi-cog", List.of(
                    new MenuItem("menu.admin.accounts", "/admin/accounts", EnumSet.of(Role.ADMIN)),
                    new MenuItem("menu.admin.audit", "/admin/audit", EnumSet.of(Role.ADMIN)))),
            new MenuGroup("codes", "menu.group.codes", "pi pi-table", List.of(
                    new MenuItem("menu.codes.browse", "/codes/browse", EnumSet.of(Role.ADMIN, Role.REVIEWER)))),
            new MenuGroup("help", "menu.group.help", "pi pi-question-circle", List.of(
                    new MenuItem("menu.help.securityDevice", "/help/security-device", EVERYONE),
                    new MenuItem("menu.help.api", "/help/api", EnumSet.of(Role.ENTERPRISE, Role.ADMIN)))));

    private MainMenu() {
    }

    /** The groups and items the given roles may use, in menu order. */
    public static List<MenuGroup> visibleTo(Set<Role> roles) {
        return GROUPS.stream().map(g -> g.visibleTo(roles)).filter(g -> !g.isEmpty()).toList();
    }
}
