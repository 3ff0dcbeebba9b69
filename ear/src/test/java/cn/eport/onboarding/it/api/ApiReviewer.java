package cn.eport.onboarding.it.api;

import cn.eport.onboarding.it.browser.Browser;
import org.openqa.selenium.By;

/** The demo reviewer deciding an application in the browser (the review page), as the API tests' other half. */
final class ApiReviewer {

    private final Browser browser;

    ApiReviewer(Browser browser) {
        this.browser = browser;
    }

    /** Claims the application and returns it with this reason. */
    void returnIt(String kind, long id, String reason) {
        claim(kind, id);
        browser.find(By.id("app:return")).click();
        browser.type("return:reason", reason);
        browser.find(By.id("return:submit")).click();
        waitForStatus("退回");
        browser.screenshot("api-" + kind + "-returned");
    }

    /** Claims the application and approves it. */
    void approve(String kind, long id) {
        claim(kind, id);
        browser.find(By.id("app:approve")).click();
        browser.find(By.id("app:confirm-yes")).click();
        waitForStatus("审核通过");
        browser.screenshot("api-" + kind + "-approved");
    }

    private void claim(String kind, long id) {
        browser.open("review/application?kind=" + kind + "&id=" + id);
        browser.find(By.id("app:claim")).click();
        waitForStatus("审核中");
    }

    private void waitForStatus(String status) {
        browser.waitUntil(d -> status.equals(d.findElement(By.id("status")).getText()));
    }
}
