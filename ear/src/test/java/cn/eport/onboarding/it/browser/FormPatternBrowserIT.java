package cn.eport.onboarding.it.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shared form pattern (e:field, e:errorSummary, ApplicationFormBacking, typed-keep.js,
 * keyboard.js; ADR 0012 "Form pattern mended"): a choice re-renders only what depends on it and
 * nothing typed meanwhile is lost; Ctrl+Enter breaks the line in the reviewer's 退回原因 dialog
 * (F-70); the red prompt stands at the field's right and the summary lists every problem at once,
 * in the form's order (F-13).
 */
class FormPatternBrowserIT extends BrowserTestSupport {

    /**
     * Chooses the option while the network holds every answer back 1.5 s, does what the user does
     * meanwhile, then waits until the choice's answer has arrived and no request is left.
     */
    private void chooseOnASlowNetwork(String selectId, String value, Runnable meanwhile, Function<WebDriver, Boolean> arrived) {
        browser.slowNetwork(Duration.ofMillis(1500));
        try {
            new Select(browser.find(By.id(selectId))).selectByValue(value);
            meanwhile.run();
            browser.waitUntil(arrived);
            browser.waitForAjax();
        } finally {
            browser.normalNetwork();
        }
    }

    @Test
    void whatIsTypedWhileAChoiceIsUnderWaySurvivesItsAnswer() {
        loginAs("ent-b");
        browser.open("enterprise/registration-edit");
        browser.find(By.id("backfill-none"));
        WebElement contactName = browser.find(By.id("reg:contactName"));
        WebElement quality = browser.find(By.id("reg:qualityAuthority_input"));
        WebElement legalPersonType = browser.find(By.id("reg:legalPersonType"));
        chooseOnASlowNetwork("reg:legalPersonType", "2", () -> {
            contactName.sendKeys("李娜");
            quality.sendKeys("9");
            assertTrue(pendingAjax(), "the choice's answer is still on its way while the user types");
        }, d -> "greyed".equals(forms().kind("taxAuthority")));
        assertFalse(Forms.isReplaced(contactName), "a field that does not depend on 法人类型 is not rendered anew");
        assertFalse(Forms.isReplaced(legalPersonType), "nor the choice itself");
        assertEquals("李娜", contactName.getAttribute("value"));
        assertTrue(Forms.isReplaced(quality), "技监 depends on 法人类型: rendered anew");
        assertEquals("9", forms().value("reg:qualityAuthority_input"), "what was typed into it meanwhile is put back");
        assertEquals("required", forms().kind("qualityAuthority"));
        assertFalse(browser.find(By.id("reg:businessAuthority_input")).isEnabled(), "事业单位 greys 工商 (F-13)");

        // 企业类型 9 shows its text field; what was typed elsewhere stays, as it was typed
        chooseOnASlowNetwork("reg:enterpriseType", "9", () -> contactName.sendKeys("（联系人）"),
                d -> !d.findElements(By.id("reg:enterpriseTypeOther")).isEmpty());
        assertEquals("李娜（联系人）", contactName.getAttribute("value"));
        assertEquals("required", forms().kind("enterpriseTypeOther"));
        browser.screenshot("form-pattern-typed-kept");
    }

    @Test
    void theCardFormReRendersOnlyTheReasonText() {
        loginAs("ent-b");
        browser.open("enterprise/legal-person-card-edit");
        WebElement contactName = browser.find(By.id("card:contactName"));
        chooseOnASlowNetwork("card:reason", "OTHER", () -> contactName.sendKeys("孙磊"),
                d -> !d.findElements(By.id("card:reasonOther")).isEmpty());
        assertFalse(Forms.isReplaced(contactName));
        assertEquals("孙磊", contactName.getAttribute("value"));
        assertEquals("required", forms().kind("reasonOther"));
    }

    @Test
    void everyProblemAtOnceInFormOrderWithThePromptAtTheFieldsRight() {
        loginAs("ent-b");
        browser.open("enterprise/registration-edit");
        browser.find(By.id("backfill-none"));
        browser.type("reg:contactPhone", "电话号码");
        browser.type("reg:registeredCapital", "五百万");
        browser.type("reg:contactName", "李娜");
        forms().confirm("reg:declare", "reg", "确定申报", true);

        WebElement summary = browser.find(By.id("error-summary"));
        String text = summary.getText();
        assertTrue(text.contains("注册资金应为数字"), "the converter's refusal: " + text);
        assertTrue(text.contains("联系电话格式不正确"), "and the rules' problems of the other fields, at once: " + text);
        List<String> order = List.of("法人类型", "企业类型", "工商审核单位代码", "税务审核单位代码", "技监审核单位代码",
                "注册资金应为数字", "主管海关", "联系电话格式不正确");
        for (int i = 1; i < order.size(); i++) {
            assertTrue(text.indexOf(order.get(i - 1)) >= 0 && text.indexOf(order.get(i - 1)) < text.indexOf(order.get(i)),
                    order.get(i - 1) + " before " + order.get(i) + ": " + text);
        }
        assertFalse(text.contains("注册资金：必填项"), "a refused value is not also reported missing: " + text);
        List<String> links = summary.findElements(By.tagName("a")).stream().map(a -> a.getAttribute("hash")).toList();
        assertTrue(links.containsAll(List.of("#reg:registeredCapital", "#reg:contactPhone", "#reg:taxAuthority")), links.toString());
        assertEquals("五百万", forms().value("reg:registeredCapital"), "nothing typed is lost");
        assertEquals("电话号码", forms().value("reg:contactPhone"));
        assertEquals("李娜", forms().value("reg:contactName"));

        promptStandsRightOf("contactPhone", "reg:contactPhone");
        promptStandsRightOf("registeredCapital", "reg:capitalUnit");
        promptStandsRightOf("taxAuthority", "reg:taxAuthority_input");
        Number overflow = (Number) ((JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
        assertTrue(overflow.intValue() <= 0, "nothing sticks out of the page at 1366×900: " + overflow);
        browser.screenshot("form-pattern-prompts-right");

        // 暂存 too: the converter's refusal and the draft rules' problem together
        browser.type("reg:contactPhone", "still wrong");
        WebElement declared = browser.find(By.id("error-summary"));
        forms().confirm("reg:save-draft", "reg", "确定暂存", true);
        browser.waitUntil(d -> Forms.isReplaced(declared)); // the 申报's summary said the same about the phone
        browser.waitUntil(d -> d.findElement(By.id("error-summary")).getText().contains("联系电话格式不正确"));
        String draft = browser.find(By.id("error-summary")).getText();
        assertTrue(draft.indexOf("注册资金应为数字") >= 0 && draft.indexOf("注册资金应为数字") < draft.indexOf("联系电话格式不正确"), draft);
        assertFalse(draft.contains("必填项"), "a draft needs no required field: " + draft);
    }

    @Test
    void ctrlEnterBreaksTheLineOfTheReturnReasonInTheReviewersDialog() {
        String user = newEnterpriseUser("qy-form", "成都表单模式测试贸易有限公司", "钱七");
        loginAs(user);
        browser.open("enterprise/registration-edit");
        RegistrationForm.fillByHand(browser, "01", "0100", "钱七");
        RegistrationForm.declare(browser);
        String id = Forms.recordId(forms().rows("query:records").get(0));

        loginAs("reviewer");
        browser.open("review/application?kind=ENTERPRISE_REGISTRATION&id=" + id);
        browser.find(By.id("app:claim")).click();
        browser.waitUntil(d -> "审核中".equals(d.findElement(By.id("status")).getText()));
        browser.find(By.id("app:return")).click();
        WebElement reason = browser.find(By.id("return:reason"));
        reason.click();
        reason.sendKeys("第一行", Keys.chord(Keys.CONTROL, Keys.ENTER), "第二行");
        assertEquals("第一行\n第二行", reason.getAttribute("value"), "Ctrl+Enter inserted a line break");
        assertEquals("return:reason", focusedId());
        browser.screenshot("form-pattern-return-reason");
        reason.sendKeys(Keys.ENTER);
        assertEquals("第一行\n第二行", reason.getAttribute("value"), "Enter added no line");
        assertEquals("return:submit", focusedId(), "Enter moved on, as in every form");
    }

    private void promptStandsRightOf(String field, String inputId) {
        Rectangle input = browser.find(By.id(inputId)).getRect();
        WebElement prompt = browser.find(By.cssSelector("[data-field='" + field + "'] .field-error"));
        Rectangle box = prompt.getRect();
        Rectangle cell = browser.find(By.cssSelector("[data-field='" + field + "']")).getRect();
        assertTrue(box.getX() >= input.getX() + input.getWidth(), field + ": the prompt starts right of the input " + input + " " + box);
        assertTrue(box.getY() < input.getY() + input.getHeight() && box.getY() + box.getHeight() > input.getY(),
                field + ": on the input's row " + input + " " + box);
        assertTrue(box.getX() + box.getWidth() <= cell.getX() + cell.getWidth() + 1, field + ": within the field " + cell + " " + box);
    }

    private boolean pendingAjax() {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser.driver())
                .executeScript("return !PrimeFaces.ajax.Queue.isEmpty() || jQuery.active > 0;"));
    }

    private String focusedId() {
        return browser.driver().switchTo().activeElement().getAttribute("id");
    }

    private Forms forms() {
        return new Forms(browser);
    }
}
