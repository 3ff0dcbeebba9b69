package cn.eport.onboarding.web.enterprise;

import cn.eport.onboarding.workflow.ApplicationKind;

import java.util.Map;

/**
 * The enterprise's pages of each application kind: where 查看 and 修改 lead from a list of every
 * kind and from the home page's task list. A kind gets its entry when its pages are built.
 */
public final class ApplicationPages {

    private record Pages(String view, String edit) {
    }

    private static final Map<ApplicationKind, Pages> PAGES = Map.of(
            ApplicationKind.ENTERPRISE_REGISTRATION, new Pages("/enterprise/registration-view", "/enterprise/registration-edit"),
            ApplicationKind.LEGAL_PERSON_CARD, new Pages("/enterprise/legal-person-card-view", "/enterprise/legal-person-card-edit"),
            // a filing has one page: its form while it may be changed, else its filed data (FilingPageBacking)
            ApplicationKind.MOFCOM_FILING, new Pages("/enterprise/mofcom-filing", "/enterprise/mofcom-filing"),
            ApplicationKind.CUSTOMS_FILING, new Pages("/enterprise/customs-filing", "/enterprise/customs-filing"),
            ApplicationKind.FOREX_FILING, new Pages("/enterprise/forex-filing", "/enterprise/forex-filing"),
            ApplicationKind.OPERATOR, new Pages("/enterprise/operator-view", "/enterprise/operator-edit"));

    private ApplicationPages() {
    }

    public static boolean has(ApplicationKind kind) {
        return PAGES.containsKey(kind);
    }

    /** The read-only view of an application of this kind (takes ?id=). */
    public static String view(ApplicationKind kind) {
        return pages(kind).view();
    }

    /** The entry form of this kind (takes ?id= for an existing application). */
    public static String edit(ApplicationKind kind) {
        return pages(kind).edit();
    }

    private static Pages pages(ApplicationKind kind) {
        Pages pages = PAGES.get(kind);
        if (pages == null) {
            throw new IllegalArgumentException("No enterprise pages for " + kind);
        }
        return pages;
    }
}
