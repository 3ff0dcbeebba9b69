package cn.eport.onboarding.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** The 三证合一 entry form (/enterprise/registration-edit) as an enterprise user fills it. */
public final class RegistrationForm {

    private RegistrationForm() {
    }

    /**
     * Fills every field 申报 needs by hand, as an enterprise the registry does not know does
     * (企业法人, 私营企业, Haidian authorities), with the given 主管海关 picked from its suggestions.
     */
    public static void fillByHand(Browser browser, String customsTyped, String customsCode, String contactName) {
        browser.find(By.id("backfill-none"));
        selectRenderingTheForm(browser, "reg:legalPersonType", "1");
        selectRenderingTheForm(browser, "reg:enterpriseType", "6");
        browser.suggestAndPick("reg:businessAuthority_input", null, "110108", "110108");
        browser.suggestAndPick("reg:taxAuthority_input", null, "11101080000", "11101080000");
        browser.suggestAndPick("reg:qualityAuthority_input", null, "110108", "110108");
        browser.type("reg:registeredCapital", "500");
        new Select(browser.find(By.id("reg:capitalUnit"))).selectByValue("WAN_YUAN");
        new Select(browser.find(By.id("reg:enterpriseStatus"))).selectByValue("1");
        browser.suggestAndPick("reg:customsDistrict_input", null, customsTyped, customsCode);
        browser.waitUntil(d -> customsCode.equals(d.findElement(By.id("reg:cardIssuer")).getAttribute("value")));
        browser.type("reg:registeredAddress", "北京市海淀区中关村南大街5号");
        browser.type("reg:contactName", contactName);
        browser.type("reg:contactPhone", "010-62345678");
    }

    /** Chooses in a drop-down whose change renders the fields that depend on it, and waits for that. */
    private static void selectRenderingTheForm(Browser browser, String id, String value) {
        new Select(browser.find(By.id(id))).selectByValue(value);
        browser.waitForAjax();
    }

    /** A new 三证合一 draft with only a contact name: 暂存, confirmed; waits for the list the form returns to. */
    public static void saveNewDraft(Browser browser, String contactName) {
        browser.open("enterprise/registration-edit");
        browser.type("reg:contactName", contactName);
        new Forms(browser).confirm("reg:save-draft", "reg", "确定暂存", true);
        browser.waitForPath("/enterprise/registrations");
    }

    /** 申报, confirmed in the dialog; waits for the list the form returns to. */
    public static void declare(Browser browser) {
        browser.find(By.id("reg:declare")).click();
        browser.find(By.id("reg:confirm-yes")).click();
        browser.waitForPath("/enterprise/registrations");
    }
}
