package cn.eport.onboarding.it.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 操作员信息预录入 (F-50..F-53) as the manual walks it: the precondition (a saved 三证合一 record) with its
 * link, two operators added through the "continue adding?" dialog (确定: a blank form, 取消: the list),
 * the list queried by 证件号码 and reset, an operator modified and another deleted after confirmation;
 * a person entered twice refused at the field; a declared operator returned and approved in the review
 * console. Each test with an enterprise of its own.
 */
class OperatorBrowserIT extends BrowserTestSupport {

    private static final String MALE_1985 = "110105198506120018";
    private static final String FEMALE_1990 = "11010119900307002X";

    private Forms forms() {
        return new Forms(browser);
    }

    private List<WebElement> rows() {
        return forms().rows("query:records");
    }

    private WebElement row(String name) {
        return browser.waitUntil(d -> rows().stream().filter(r -> r.getText().contains(name)).findFirst().orElse(null));
    }

    /** Fills 证件类别 居民身份证 and the number; 性别 and 出生日期 follow the number. */
    private void person(String idNumber, String name, String mobile) {
        forms().chooseAndWait("op:idType", "201");
        browser.type("op:idNumber", idNumber);
        browser.find(By.id("op:name")).click();
        browser.waitForAjax();
        browser.type("op:name", name);
        browser.type("op:mobile", mobile);
    }

    @Test
    void theManualsWalkAddsTwoOperatorsQueriesResetsModifiesAndDeletes() {
        String user = newEnterpriseUser("ops", "操作员预录入测试贸易有限公司", "周航");
        loginAs(user);

        // F-51: nothing before a 三证合一 record is saved; the page says so and links to it
        browser.open("enterprise/operators");
        assertTrue(browser.find(By.id("precondition")).getText().contains("必须先进行“三证合一信息录入”并暂存"));
        assertTrue(browser.driver().findElements(By.id("query:new")).isEmpty());
        browser.screenshot("operators-precondition");
        browser.open("enterprise/operator-edit");
        assertTrue(browser.find(By.id("precondition")).isDisplayed());
        assertTrue(browser.driver().findElements(By.id("op")).isEmpty(), "no form");
        browser.find(By.id("to-registration")).click();
        browser.waitForPath("/enterprise/registrations");
        RegistrationForm.saveNewDraft(browser, "周航");

        // 新增: the enterprise fields from 三证合一, read-only; 性别 and 出生日期 from the resident ID
        browser.open("enterprise/operators");
        browser.find(By.id("query:new")).click();
        browser.waitForPath("/enterprise/operator-edit");
        assertEquals("操作员预录入测试贸易有限公司", forms().value("op:enterpriseName"));
        assertEquals("true", browser.find(By.id("op:uscc")).getAttribute("readonly"));
        assertEquals("required", forms().kind("idNumber"));
        person(MALE_1985, "李强", "13800138000");
        browser.waitUntil(d -> "MALE".equals(forms().value("op:gender")));
        assertEquals("1985-06-12", forms().value("op:birthDate"));
        browser.type("op:email", "liqiang@example.cn");
        AttachmentPanel.upload(browser, "OPERATOR_ID", AttachmentPanel.pngScan("操作员身份证扫描件.png"));
        assertEquals(1, AttachmentPanel.rows(browser).size());
        browser.screenshot("operator-form-filled");

        // 暂存 asks first, then whether to add another: 确定 opens a blank form
        forms().confirm("op:save-draft", "op", "确定暂存当前录入的操作员信息吗", true);
        WebElement dialog = browser.find(By.id("op:continue"));
        browser.waitUntil(d -> dialog.isDisplayed() && dialog.getText().contains("是否继续添加操作员信息"));
        browser.screenshot("operator-continue-dialog");
        browser.find(By.id("op:continue-yes")).click();
        browser.waitUntil(d -> Forms.isReplaced(dialog));
        browser.waitForPath("/enterprise/operator-edit");
        assertEquals("", forms().value("op:idNumber"), "a blank form");
        assertEquals("", forms().value("op:name"));
        assertTrue(AttachmentPanel.rows(browser).isEmpty(), "the first operator's file stays with it");

        // the second one; 取消 returns to the list
        person(FEMALE_1990, "王芳", "13900139000");
        browser.waitUntil(d -> "FEMALE".equals(forms().value("op:gender")));
        forms().confirm("op:save-draft", "op", "确定暂存当前录入的操作员信息吗", true);
        browser.waitUntil(d -> d.findElement(By.id("op:continue")).isDisplayed());
        browser.find(By.id("op:continue-no")).click();
        browser.waitForPath("/enterprise/operators");
        assertTrue(browser.find(By.id("query:messages")).getText().contains("操作员信息已暂存"));
        assertEquals(2, rows().size());
        assertTrue(row("李强").getText().contains("暂存") && row("李强").getText().contains("居民身份证"), row("李强").getText());
        browser.screenshot("operators-list-two");

        // 查询 by 证件号码, then 重置
        browser.type("query:idNumber", FEMALE_1990);
        browser.find(By.id("query:search")).click();
        browser.waitUntil(d -> rows().size() == 1 && rows().get(0).getText().contains("王芳"));
        browser.screenshot("operators-query-by-id-number");
        browser.find(By.id("query:reset")).click();
        browser.waitUntil(d -> rows().size() == 2);
        assertEquals("", forms().value("query:idNumber"), "the condition cleared");

        // 修改 a draft, 暂存: back to the list
        String liId = Forms.recordId(row("李强"));
        row("李强").findElement(By.cssSelector(".action-modify")).click();
        browser.waitForPath("/enterprise/operator-edit?id=" + liId);
        assertEquals(MALE_1985, forms().value("op:idNumber"));
        browser.type("op:name", "李强强");
        forms().confirm("op:save-draft", "op", "确定暂存当前录入的操作员信息吗", true);
        browser.waitForPath("/enterprise/operators");
        assertTrue(row("李强强").getText().contains(MALE_1985));

        // 删除 after confirmation: gone from the list
        forms().confirm(row("王芳").findElement(By.cssSelector(".action-delete")), "query", "确定删除该操作员信息吗", true);
        browser.waitUntil(d -> d.findElement(By.id("query:messages")).getText().contains("操作员信息已删除"));
        browser.waitUntil(d -> rows().size() == 1);
        assertTrue(rows().get(0).getText().contains("李强强"));
        browser.screenshot("operators-after-delete");

        // the view: facts, the file uploaded with the first 暂存, the number
        row("李强强").findElement(By.cssSelector(".action-view")).click();
        browser.waitForPath("/enterprise/operator-view?id=" + liId);
        assertEquals(Forms.number("CZ", liId), browser.find(By.id("v-number")).getText());
        assertEquals("男", browser.find(By.id("v-gender")).getText().strip());
        assertEquals("1985-06-12", browser.find(By.id("v-birthDate")).getText());
        assertEquals(1, AttachmentPanel.rows(browser).size());
        browser.screenshot("operator-view");
    }

    @Test
    void aPersonEnteredTwiceIsRefusedAtTheFieldAndADeclaredOneIsReviewed() {
        String user = newEnterpriseUser("ops2", "操作员审核测试贸易有限公司", "林涛");
        loginAs(user);
        RegistrationForm.saveNewDraft(browser, "林涛");
        browser.open("enterprise/operator-edit");
        person(MALE_1985, "李强", "13800138000");
        forms().confirm("op:declare", "op", "确定申报该操作员信息吗", true);
        browser.waitForPath("/enterprise/operators");
        assertTrue(browser.find(By.id("query:messages")).getText().contains("已申报"));
        String id = Forms.recordId(row("李强"));
        assertTrue(row("李强").findElements(By.cssSelector(".action-delete")).isEmpty(), "declared: not deletable");

        browser.open("enterprise/operator-edit");
        person(" 110105850612001 ", "李强", "13800138000");
        forms().confirm("op:save-draft", "op", "确定暂存当前录入的操作员信息吗", true);
        WebElement summary = browser.find(By.id("error-summary"));
        assertTrue(summary.getText().contains("证件号码：本企业已录入证件类别和证件号码相同的操作员"), summary.getText());
        assertTrue(browser.driver().findElements(By.id("op:continue")).isEmpty(), "nothing saved, nothing asked");
        browser.screenshot("operator-duplicate-refused");

        // the review console: the operator's facts; 退回 with a reason, then 审核通过 after the correction
        loginAs("reviewer");
        browser.open("review/application?kind=OPERATOR&id=" + id);
        assertEquals("李强", browser.find(By.id("v-name")).getText());
        assertEquals(MALE_1985, browser.find(By.id("v-idNumber")).getText());
        browser.find(By.id("app:claim")).click();
        browser.waitUntil(d -> "审核中".equals(d.findElement(By.id("status")).getText()));
        browser.find(By.id("app:return")).click();
        browser.type("return:reason", "请补充电子邮箱");
        browser.find(By.id("return:submit")).click();
        browser.waitUntil(d -> "退回".equals(d.findElement(By.id("status")).getText()));
        browser.screenshot("operator-review-returned");

        loginAs(user);
        browser.open("enterprise/operators");
        row("李强").findElement(By.cssSelector(".action-modify")).click();
        browser.waitForPath("/enterprise/operator-edit?id=" + id);
        assertTrue(browser.find(By.id("return-reason")).getText().contains("请补充电子邮箱"));
        browser.type("op:email", "liqiang@example.cn");
        forms().confirm("op:declare", "op", "确定申报该操作员信息吗", true);
        browser.waitForPath("/enterprise/operators");

        loginAs("reviewer");
        browser.open("review/application?kind=OPERATOR&id=" + id);
        browser.find(By.id("app:claim")).click();
        browser.waitUntil(d -> "审核中".equals(d.findElement(By.id("status")).getText()));
        browser.find(By.id("app:approve")).click();
        browser.find(By.id("app:confirm-yes")).click();
        browser.waitUntil(d -> "审核通过".equals(d.findElement(By.id("status")).getText()));
        assertEquals("liqiang@example.cn", browser.find(By.id("v-email")).getText());
        browser.screenshot("operator-review-approved");
    }
}
