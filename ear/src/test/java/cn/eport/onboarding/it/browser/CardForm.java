package cn.eport.onboarding.it.browser;

import org.openqa.selenium.By;

/** The 补办法人卡 entry form (/enterprise/legal-person-card-edit) as an enterprise user fills it. */
final class CardForm {

    /** A valid resident ID number (GB 11643 check character X). */
    static final String VALID_ID = "11010119900307002X";

    private CardForm() {
    }

    /** Every field 申报 needs: 卡片遗失, a resident ID, 主管海关 0602 picked from its suggestions (card issuer 0600). */
    static void fillValid(Browser browser, Forms f) {
        f.chooseAndWait("card:reason", "LOST");
        f.choose("card:idType", "201");
        browser.type("card:idNumber", VALID_ID);
        browser.suggestAndPick("card:customsDistrict_input", null, "060", "0602");
        browser.waitUntil(d -> "0600".equals(d.findElement(By.id("card:cardIssuer")).getAttribute("value")));
        browser.type("card:contactName", "孙磊");
        browser.type("card:contactPhone", "0532-88886666");
    }
}
