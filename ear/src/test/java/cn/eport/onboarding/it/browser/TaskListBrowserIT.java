package cn.eport.onboarding.it.browser;

import cn.eport.onboarding.it.TestData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The home page's task list as a new enterprise meets it, through 暂存 and 申报 of its 三证合一. */
class TaskListBrowserIT extends BrowserTestSupport {

    private static final String PASSWORD = "Renw#2026x";

    @Test
    void aNewEnterpriseStartsWithRegistrationAndSeesItMoveThroughDraftAndDeclaration() {
        String username = TestData.newUsername("task");
        openEnterpriseAccount(username, TestData.newUscc());
        browser.driver().manage().deleteAllCookies();
        browser.login(username, PASSWORD);
        browser.waitForPath("/eport/");

        // nothing done yet: 三证合一 can start, everything else is greyed with its reason
        WebElement start = registrationStep("未开始", "新增并申报", "/enterprise/registration-edit");
        assertTrue(start.getAttribute("href").endsWith("/enterprise/registration-edit"), start.getAttribute("href"));
        assertFalse(greyed(task("REGISTRATION")));
        assertEquals("", number(task("REGISTRATION")), "no application, no 编号");
        WebElement operators = task("OPERATOR_PRE_ENTRY");
        assertTrue(greyed(operators), "operator pre-entry is built but waits for a saved 三证合一 record (F-51)");
        assertEquals("暂不能办理", status(operators));
        assertTrue(operators.findElements(By.tagName("a")).isEmpty(), "a greyed task links nowhere");
        for (String filing : List.of("MOFCOM_FILING", "CUSTOMS_FILING", "FOREX_FILING")) {
            WebElement row = task(filing);
            assertTrue(greyed(row), filing + " is built but cannot start yet");
            assertEquals("暂不能办理", status(row), filing);
            assertTrue(row.findElements(By.tagName("a")).isEmpty(), "a greyed task links nowhere");
            assertTrue(reason(row).contains("尚未在本系统完成三证合一录入"), "the filing's own first obstacle: " + reason(row));
        }
        WebElement card = task("LEGAL_PERSON_CARD");
        assertFalse(greyed(card), "补办法人卡 is open and has no precondition");
        assertEquals("未开始", status(card));
        assertTrue(card.findElement(By.cssSelector("a.task-action")).getAttribute("href").endsWith("/enterprise/legal-person-card-edit"));
        assertTrue(reason(task("OPERATOR_PRE_ENTRY")).contains("办理前须先录入并暂存三证合一信息"), reason(task("OPERATOR_PRE_ENTRY")));
        assertTrue(task("FOREX_FILING").findElement(By.cssSelector(".task-next")).getCssValue("background-color").startsWith("rgba(244, 245, 247"),
                "greyed rows look grey");
        browser.screenshot("task-list-new-enterprise");

        // 暂存: the draft is the task now, and operator pre-entry no longer waits for it
        start.click();
        browser.waitForPath("/enterprise/registration-edit");
        type("reg:contactName", "任务清单测试");
        browser.find(By.id("reg:save-draft")).click();
        browser.find(By.id("reg:confirm-yes")).click();
        browser.waitForPath("/enterprise/registrations");
        browser.open("");
        WebElement resume = registrationStep("暂存", "继续填写并申报", "/enterprise/registration-edit?id=");
        String id = resume.getAttribute("href").replaceAll(".*[?&]id=(\\d+).*", "$1");
        assertEquals(Forms.number("SZ", id), number(task("REGISTRATION")), "the draft's 编号");
        WebElement openOperators = task("OPERATOR_PRE_ENTRY");
        assertFalse(greyed(openOperators), "a saved draft meets F-51");
        assertEquals("未开始", status(openOperators));
        assertTrue(openOperators.findElement(By.cssSelector("a.task-action")).getAttribute("href").endsWith("/enterprise/operators"));
        assertTrue(reason(task("MOFCOM_FILING")).contains("审核通过"), "a draft does not meet F-21");
        assertTrue(reason(task("FOREX_FILING")).contains("审核通过"), "nor F-41");
        browser.screenshot("task-list-draft");

        // 申报 from the task's link: now waiting for the review, the link shows the record
        String draftPage = resume.getAttribute("href");
        resume.click();
        browser.waitUntil(d -> d.getCurrentUrl().equals(draftPage));
        completeForDeclaration();
        browser.find(By.id("reg:declare")).click();
        browser.find(By.id("reg:confirm-yes")).click();
        browser.waitForPath("/enterprise/registrations");
        browser.open("");
        WebElement view = registrationStep("申报", "等待审核", "/enterprise/registration-view?id=");
        browser.screenshot("task-list-declared");
        view.click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("/enterprise/registration-view?id="));
        assertTrue(browser.find(By.id("registration")).getText().contains("任务清单测试"));
    }

    @Test
    void staffWithoutAnEnterpriseHaveNoTaskList() {
        loginAs("reviewer");
        browser.find(By.id("welcome"));
        assertTrue(browser.driver().findElements(By.id("tasks")).isEmpty());
    }

    /** 特殊单位 greys the three authority codes; the rest is what every declaration needs. */
    private void completeForDeclaration() {
        new Select(browser.find(By.id("reg:legalPersonType"))).selectByValue("3");
        browser.waitUntil(d -> !d.findElement(By.id("reg:qualityAuthority_input")).isEnabled());
        new Select(browser.find(By.id("reg:enterpriseType"))).selectByValue("6");
        browser.waitForAjax();
        type("reg:registeredCapital", "500");
        new Select(browser.find(By.id("reg:capitalUnit"))).selectByValue("WAN_YUAN");
        type("reg:issuingAuthority", "上海市浦东新区市场监督管理局");
        new Select(browser.find(By.id("reg:enterpriseStatus"))).selectByValue("1");
        type("reg:customsDistrict_input", "0100");
        browser.find(By.id("reg:customsDistrict_input")).sendKeys(Keys.ESCAPE);
        type("reg:registeredAddress", "上海市浦东新区世纪大道100号");
        type("reg:contactPhone", "021-58881234");
    }

    private void openEnterpriseAccount(String username, String uscc) {
        loginAs("admin");
        browser.open("admin/account-new");
        type("account:username", username);
        type("account:displayName", "任务清单测试员");
        new Select(browser.find(By.id("account:role"))).selectByValue("ENTERPRISE");
        type("account:uscc", uscc);
        type("account:enterpriseName", "任务清单测试有限公司");
        type("account:legalPerson", "赵六");
        type("account:password", PASSWORD);
        type("account:confirmation", PASSWORD);
        browser.find(By.id("account:save")).click();
        browser.waitForPath("/admin/accounts");
    }

    /** The 三证合一 task shows the status and links its next step to the page. */
    private WebElement registrationStep(String status, String nextStep, String page) {
        WebElement registration = task("REGISTRATION");
        assertEquals(status, status(registration));
        WebElement link = registration.findElement(By.cssSelector("a.task-action"));
        assertEquals(nextStep, link.getText());
        assertTrue(link.getAttribute("href").contains(page), link.getAttribute("href"));
        return link;
    }

    private WebElement task(String function) {
        return browser.find(By.id("task-" + function));
    }

    private static String status(WebElement task) {
        return task.findElement(By.cssSelector(".task-status")).getText();
    }

    private static String number(WebElement task) {
        return task.findElement(By.cssSelector(".task-number")).getText();
    }

    private static String reason(WebElement task) {
        return task.findElement(By.cssSelector(".task-next")).getText();
    }

    private static boolean greyed(WebElement task) {
        return task.getAttribute("class").contains("task-greyed");
    }

    private void type(String id, String text) {
        WebElement field = browser.find(By.id(id));
        field.clear();
        field.sendKeys(text);
    }
}
