package cn.eport.onboarding.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** Opens accounts the way an administrator does, on /admin/account-new (the browser must be logged in as admin). */
public final class Accounts {

    /** The display name of the enterprise accounts this opens. */
    public static final String ENTERPRISE_DISPLAY_NAME = "企业操作员";

    private Accounts() {
    }

    public static void openReviewer(Browser browser, String username, String displayName, String password) {
        start(browser, username, displayName, "REVIEWER");
        browser.waitUntil(d -> d.findElements(By.id("account:uscc")).isEmpty());
        save(browser, password);
    }

    /** A supervisor (数据中心主管) account, as the administration offers the role (ADR 0029). */
    public static void openSupervisor(Browser browser, String username, String displayName, String password) {
        start(browser, username, displayName, "SUPERVISOR");
        browser.waitUntil(d -> d.findElements(By.id("account:uscc")).isEmpty());
        save(browser, password);
    }

    /** An enterprise account; the enterprise is registered with it when the USCC is new. */
    public static void openEnterprise(Browser browser, String username, String uscc, String enterpriseName, String legalPerson,
                               String password) {
        start(browser, username, ENTERPRISE_DISPLAY_NAME, "ENTERPRISE");
        browser.type("account:uscc", uscc);
        browser.type("account:enterpriseName", enterpriseName);
        browser.type("account:legalPerson", legalPerson);
        save(browser, password);
    }

    private static void start(Browser browser, String username, String displayName, String role) {
        browser.open("admin/account-new");
        browser.type("account:username", username);
        browser.type("account:displayName", displayName);
        new Select(browser.find(By.id("account:role"))).selectByValue(role);
    }

    private static void save(Browser browser, String password) {
        browser.type("account:password", password);
        browser.type("account:confirmation", password);
        browser.find(By.id("account:save")).click();
        browser.waitForPath("/admin/accounts");
    }
}
