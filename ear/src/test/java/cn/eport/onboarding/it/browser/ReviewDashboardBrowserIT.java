package cn.eport.onboarding.it.browser;

import cn.eport.onboarding.it.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The review dashboard in the browser (issue 12 item 5): its charts are drawn (PrimeFaces' Chart.js
 * under the Content-Security-Policy: BrowserTestSupport fails on any violation) with a table beside
 * each; a bar, a table cell opened with the keyboard, and an overdue figure each open the queue
 * filtered to exactly what they count, the filter shown on the queue page and in its address; a
 * supervisor opened by the administrator sees the same figures, read-only.
 */
class ReviewDashboardBrowserIT extends BrowserTestSupport {

    /** 成都关区: a real district no other test declares in. */
    private static final String DISTRICT = "7900";
    private static final String ENTERPRISE_USER = TestData.newUsername("qy-dash");
    private static final String ENTERPRISE_NAME = "成都看板测试贸易有限公司";
    private static final String SUPERVISOR = TestData.newUsername("zhuguan");
    private static final List<String> CHARTS = List.of("backlog-kind-chart", "backlog-district-chart", "overdue-chart",
            "return-rate-chart", "decisions-chart");
    private static boolean declared;

    @BeforeEach
    void aDeclaredApplicationInTheDistrict() {
        if (!declared) {
            loginAs("admin");
            Accounts.openEnterprise(browser, ENTERPRISE_USER, TestData.newUscc(), ENTERPRISE_NAME, "孙七", PASSWORD);
            Accounts.openSupervisor(browser, SUPERVISOR, "钱主管", PASSWORD);
            loginAs(ENTERPRISE_USER);
            browser.open("enterprise/registration-edit");
            RegistrationForm.fillByHand(browser, "79", DISTRICT, "孙七");
            RegistrationForm.declare(browser);
            declared = true;
        }
    }

    @Test
    void chartsAndTablesOpenTheQueueOfExactlyWhatTheyCount() {
        loginAs("reviewer");
        browser.find(By.cssSelector("#menu a[data-menu='/review/dashboard']")).click();
        chartsDrawn();
        assertTrue(browser.find(By.id("as-of-time")).getText().matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}"), "refresh time");
        assertEquals(30, browser.driver().findElements(By.cssSelector("#decisions-table tbody tr")).size());
        browser.screenshot("dashboard-reviewer");

        // a table cell, with the keyboard: the district's unclaimed ones
        WebElement cell = browser.find(By.cssSelector("#backlog-district-table tr[data-district='" + DISTRICT + "'] a[data-status='DECLARED']"));
        assertEquals("1", cell.getText());
        assertTrue(browser.find(By.cssSelector("#backlog-district-table tr[data-district='" + DISTRICT + "'] th")).getText()
                .contains("成都关区"), "the district by name");
        cell.sendKeys(Keys.ENTER);
        browser.waitForPath("/review/queue?district=" + DISTRICT + "&status=DECLARED");
        assertEquals("1", queueCount());
        assertEquals(DISTRICT, selected("query:district"));
        assertEquals("DECLARED", selected("query:status"));
        assertTrue(browser.find(By.id("query:queue")).getText().contains(ENTERPRISE_NAME));
        browser.screenshot("dashboard-queue-district");

        // a bar of the chart by kind: 三证合一, not yet claimed
        browser.open("review/dashboard");
        chartsDrawn();
        String registrations = browser.find(By.cssSelector(
                "#backlog-kind-table tr[data-kind='ENTERPRISE_REGISTRATION'] a[data-status='DECLARED']")).getText();
        assertTrue(Long.parseLong(registrations) >= 1, registrations);
        clickBar("backlog-kind-chart", 0, 0);
        browser.waitForPath("/review/queue?kind=ENTERPRISE_REGISTRATION&status=DECLARED");
        assertEquals(registrations, queueCount());
        assertEquals("ENTERPRISE_REGISTRATION", selected("query:kind"));

        // the overdue figure of the same kind: both statuses, overdue only
        browser.open("review/dashboard");
        WebElement overdue = browser.find(By.cssSelector("#overdue-table tr[data-kind='ENTERPRISE_REGISTRATION'] a[data-status='OVERDUE']"));
        String overdueCount = overdue.getText();
        overdue.click();
        browser.waitForPath("/review/queue?kind=ENTERPRISE_REGISTRATION&status=WAITING&overdue=true");
        assertEquals(overdueCount, queueCount());
        assertTrue(browser.find(By.id("query:overdue")).isSelected());
        assertEquals("WAITING", selected("query:status"));

        // the queue's own filter keeps its address: 查询 with another status
        new Select(browser.find(By.id("query:status"))).selectByValue("UNDER_REVIEW");
        browser.find(By.id("query:overdue")).click();
        browser.find(By.id("query:search")).click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("status=UNDER_REVIEW") && d.getCurrentUrl().contains("overdue=false"));
        assertEquals("UNDER_REVIEW", selected("query:status"));
        browser.screenshot("dashboard-queue-filter");
    }

    @Test
    void inEnglishAndForTheSupervisor() {
        loginAs(SUPERVISOR);
        browser.open("review/dashboard");
        chartsDrawn();
        WebElement cell = browser.find(By.cssSelector("#backlog-district-table tr[data-district='" + DISTRICT + "'] a[data-status='WAITING']"));
        assertEquals("1", cell.getText());
        assertFalse(browser.find(By.id("oldest-number")).getText().isBlank(), "a supervisor gets the oldest one's number");
        assertTrue(browser.driver().findElements(By.id("oldest-link")).isEmpty(), "not a link to the application");
        browser.find(By.id("header:lang-en")).click();
        browser.waitUntil(d -> d.findElement(By.cssSelector("#backlog-kind h2")).getText().equals("Awaiting a decision, by application type"));
        chartsDrawn();
        assertEquals("Refresh", browser.find(By.id("refresh")).getText());
        browser.screenshot("dashboard-supervisor-en");
        browser.find(By.cssSelector("#backlog-district-table tr[data-district='" + DISTRICT + "'] a[data-status='WAITING']")).click();
        browser.waitForPath("/review/queue?district=" + DISTRICT + "&status=WAITING");
        assertEquals("1", queueCount());
        assertTrue(browser.driver().findElements(By.cssSelector(".action-claim, .action-view")).isEmpty(), "read-only");
    }

    @Test
    void wrongQueueParametersAreABadRequest() {
        loginAs("reviewer");
        String session = browser.sessionId();
        for (String query : List.of("kind=NOPE", "status=APPROVED", "district=12", "district=0100%27", "from=2026-13-01")) {
            assertEquals(400, browser.rawGet("review/queue?" + query, session).statusCode(), query);
        }
        assertEquals(200, browser.rawGet("review/queue?kind=OPERATOR&district=NONE&status=WAITING&overdue=true", session).statusCode());
    }

    private void chartsDrawn() {
        for (String chart : CHARTS) {
            browser.waitUntil(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                    "var c = document.getElementById(arguments[0] + '_canvas');"
                            + " return !!(c && window.Chart && Chart.getChart(c) && c.width > 0);", chart)));
        }
    }

    /** Clicks the middle of a bar, where Chart.js drew it. */
    @SuppressWarnings("unchecked")
    private void clickBar(String chart, int dataset, int index) {
        WebElement canvas = browser.find(By.id(chart + "_canvas"));
        Map<String, Object> at = (Map<String, Object>) ((JavascriptExecutor) browser.driver()).executeScript(
                "var c = arguments[0], bar = Chart.getChart(c).getDatasetMeta(arguments[1]).data[arguments[2]];"
                        + " var box = c.getBoundingClientRect();"
                        + " var horizontal = Chart.getChart(c).options.indexAxis === 'y';"
                        + " var x = horizontal ? (bar.x + bar.base) / 2 : bar.x, y = horizontal ? bar.y : (bar.y + bar.base) / 2;"
                        + " return {x: Math.round(x - box.width / 2), y: Math.round(y - box.height / 2)};",
                canvas, dataset, index);
        new Actions(browser.driver()).moveToElement(canvas, ((Number) at.get("x")).intValue(), ((Number) at.get("y")).intValue())
                .click().perform();
    }

    private String queueCount() {
        return browser.find(By.id("queue-count")).getText();
    }

    private String selected(String id) {
        return new Select(browser.find(By.id(id))).getFirstSelectedOption().getAttribute("value");
    }
}
