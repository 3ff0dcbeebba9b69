package cn.eport.onboarding.it.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The batch operators' console: the jobs with their schedules, 【启动】 with a
 * confirmation (Enter confirms), the run in the list, and its execution page with status and counts.
 */
class BatchConsoleBrowserIT extends BrowserTestSupport {

    private static final Pattern EXECUTION = Pattern.compile("运行编号 (\\d+)");

    @Test
    void anOperatorStartsHousekeepingWatchesItFinishAndReadsItsCounts() {
        loginAs("batch");
        browser.find(By.cssSelector("#menu a[data-menu='/batch/jobs']")).click();
        browser.waitForPath("/batch/jobs");
        List<String> jobs = browser.driver().findElements(By.cssSelector("section.batch-job")).stream()
                .map(section -> section.getAttribute("data-job")).toList();
        assertEquals(List.of("code-table-sync", "review-reconcile", "housekeeping"), jobs);
        WebElement housekeeping = browser.find(By.cssSelector("section[data-job='housekeeping']"));
        assertTrue(housekeeping.findElement(By.cssSelector(".batch-schedule")).getText().contains("03:30"),
                housekeeping.getText());
        assertTrue(housekeeping.findElement(By.cssSelector(".batch-next-fire")).getText().matches("\\d{4}-\\d{2}-\\d{2} 03:30"));
        browser.screenshot("batch-jobs");

        housekeeping.findElement(By.cssSelector(".batch-start")).click();
        // the confirmation has the focus on 确定: Enter confirms (F-70)
        browser.waitUntil(d -> "jobs:confirm-yes".equals(d.switchTo().activeElement().getAttribute("id")));
        browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
        String message = browser.waitUntil(d -> {
            String text = d.findElement(By.id("jobs:messages")).getText();
            return text.contains("已启动") ? text : null;
        });
        Matcher id = EXECUTION.matcher(message);
        assertTrue(id.find(), message);

        browser.open("batch/execution?id=" + id.group(1));
        browser.waitUntil(d -> {
            if (!"已完成".equals(d.findElement(By.id("status")).getText())) {
                d.navigate().refresh();
                return null;
            }
            return true;
        });
        assertEquals(id.group(1), browser.find(By.id("execution-id")).getText());
        assertTrue(browser.find(By.id("started-by")).getText().contains("batch"));
        assertTrue(browser.find(By.id("started-by")).getText().contains("控制台"));
        List<String> steps = browser.driver().findElements(By.cssSelector("section.batch-step")).stream()
                .map(section -> section.getAttribute("data-step")).toList();
        assertTrue(steps.contains("staged-attachments") && steps.contains("job-history"), steps.toString());
        WebElement deleted = browser.find(By.cssSelector("section[data-step='staged-attachments'] tr[data-counter='deleted'] th"));
        assertEquals("已删除", deleted.getText());
        assertTrue(browser.driver().findElements(By.id("execution:stop")).isEmpty(), "no stop for a finished run");
        browser.screenshot("batch-execution");

        // the language switch reloads the same execution, in English, steps named in English
        browser.find(By.id("header:lang-en")).click();
        browser.waitUntil(d -> "Completed".equals(d.findElement(By.id("status")).getText()));
        assertEquals(id.group(1), browser.find(By.id("execution-id")).getText());
        assertTrue(browser.find(By.cssSelector("section[data-step='staged-attachments'] h3")).getText()
                .startsWith("Delete staged files of abandoned forms"));
        browser.screenshot("batch-execution-en");
        browser.find(By.id("header:lang-zh")).click();
        browser.waitUntil(d -> "已完成".equals(d.findElement(By.id("status")).getText()));

        browser.open("batch/jobs");
        WebElement firstRun = browser.find(By.cssSelector("section[data-job='housekeeping'] .batch-runs tbody tr"));
        assertTrue(firstRun.getText().contains(id.group(1)) && firstRun.getText().contains("已完成"), firstRun.getText());
    }
}
