package cn.eport.onboarding.it.browser;

import cn.eport.onboarding.it.TestData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The IDOR sweep of issue 4 (point 12): enterprise A saves a 三证合一 draft, a 补办法人卡 draft and an
 * operator draft (issue 11), each with a file; enterprise B, logged in, asks for every URL it can form from A's ids — view, modify,
 * download, the review page — and is refused each time (404: the ids cannot even be probed; 403 for
 * the reviewers' page); B's own lists show nothing of A's; and A finds everything as it left it.
 * The services' own refusals of every action with another enterprise's ids are in
 * RegistrationServiceIT, LegalPersonCardServiceIT, AttachmentServiceIT and AttachmentStagingIT.
 */
class TenantIsolationBrowserIT extends BrowserTestSupport {

    private static final String OWNER = TestData.newUsername("idor-a");
    private static final String INTRUDER = TestData.newUsername("idor-b");
    private static final String OWNER_NAME = "越权测试甲贸易有限公司";

    /**
     * Each filing kind's page, and a field with a value that a draft may hold alone. The customs filing
     * needs a customs enterprise-management record that a new enterprise has not (F-31): its URLs are
     * swept with ent-a's filing in CustomsFilingBrowserIT.
     */
    private static final Map<String, String> FILING_PAGES = Map.of(
            "MOFCOM_FILING", "enterprise/mofcom-filing",
            "FOREX_FILING", "enterprise/forex-filing");
    private static final Map<String, Map.Entry<String, String>> FILING_DRAFT_FIELD = Map.of(
            "MOFCOM_FILING", Map.entry("phone", "010-62345678"),
            "FOREX_FILING", Map.entry("contactName", "郑丙"));
    /** An enterprise with a joined 三证合一 of its own (the demo data's), so its filing pages show a form. */
    private static final String INTRUDER_OF_FILINGS = "ent-a";

    @Test
    void anotherEnterpriseCanReachNoneOfARecordsOrFiles() throws IOException {
        loginAs("admin");
        Accounts.openEnterprise(browser, OWNER, TestData.newUscc(), OWNER_NAME, "周甲", PASSWORD);
        Accounts.openEnterprise(browser, INTRUDER, TestData.newUscc(), "越权测试乙物流有限公司", "吴乙", PASSWORD);
        Path scan = scan();

        loginAs(OWNER);
        String cardId = saveCardDraftWith(scan);
        String registrationId = saveRegistrationDraftWith(scan);
        String operatorId = saveOperatorDraftWith(scan);
        String cardFile = onlyAttachmentOn("enterprise/legal-person-card-view?id=" + cardId);
        String registrationFile = onlyAttachmentOn("enterprise/registration-view?id=" + registrationId);
        String operatorFile = onlyAttachmentOn("enterprise/operator-view?id=" + operatorId);
        byte[] content = Files.readAllBytes(scan);
        assertArrayEquals(content, download(registrationFile, browser.sessionId()).body(), "the owner downloads its file");

        Map<String, Integer> refusals = new LinkedHashMap<>();
        refusals.put("enterprise/registration-view?id=" + registrationId, 404);
        refusals.put("enterprise/registration-edit?id=" + registrationId, 404);
        refusals.put("enterprise/legal-person-card-view?id=" + cardId, 404);
        refusals.put("enterprise/legal-person-card-edit?id=" + cardId, 404);
        refusals.put("attachments/" + registrationFile, 404);
        refusals.put("attachments/" + cardFile, 404);
        refusals.put("review/application?kind=ENTERPRISE_REGISTRATION&id=" + registrationId, 403);
        refusals.put("review/application?kind=LEGAL_PERSON_CARD&id=" + cardId, 403);
        refusals.put("enterprise/operator-view?id=" + operatorId, 404);
        refusals.put("enterprise/operator-edit?id=" + operatorId, 404);
        refusals.put("attachments/" + operatorFile, 404);
        refusals.put("review/application?kind=OPERATOR&id=" + operatorId, 403);

        loginAs(INTRUDER);
        String intruderSession = browser.sessionId();
        refusals.forEach((path, status) -> {
            HttpResponse<String> answer = browser.rawGet(path, intruderSession);
            assertEquals(status, answer.statusCode(), path);
            assertFalse(answer.body().contains(OWNER_NAME), path + " shows nothing of the owner's");
        });
        for (String list : List.of("enterprise/registrations", "enterprise/status", "enterprise/operators", "")) {
            browser.open(list);
            browser.screenshot("idor-intruder-" + (list.isEmpty() ? "home" : list.replace('/', '-')));
            assertFalse(browser.find(By.id("content")).getText().contains(OWNER_NAME), list);
            assertTrue(browser.driver().findElements(By.cssSelector(".record-number")).stream().map(e -> e.getAttribute("data-id"))
                    .noneMatch(id -> id.equals(registrationId) || id.equals(cardId) || id.equals(operatorId)), list);
        }
        browser.open("enterprise/registration-view?id=" + registrationId);
        assertTrue(browser.find(By.id("error-not-found")).getText().contains("页面不存在"), "the browser shows the not-found page");
        browser.screenshot("idor-not-found");

        loginAs(OWNER);
        browser.open("enterprise/registration-view?id=" + registrationId);
        assertEquals("暂存", browser.find(By.id("status")).getText(), "the owner's draft is untouched");
        assertEquals(List.of(registrationFile), attachmentIds());
        browser.open("enterprise/legal-person-card-view?id=" + cardId);
        assertEquals("暂存", browser.find(By.id("status")).getText());
        assertEquals(List.of(cardFile), attachmentIds());
        assertArrayEquals(content, download(cardFile, browser.sessionId()).body(), "the owner's file is unchanged");
        browser.open("enterprise/operator-view?id=" + operatorId);
        assertEquals("暂存", browser.find(By.id("status")).getText());
        assertEquals(List.of(operatorFile), attachmentIds());
    }

    /**
     * The filings' URLs in the same sweep: an enterprise that joined saves a draft of each filing; another
     * enterprise asks for each page by id and for the reviewers' page, and is refused; its own filing
     * pages show nothing of the owner's.
     */
    @Test
    void anotherEnterpriseCanReachNoneOfAnEnterprisesFilings() {
        String owner = TestData.newUsername("idor-f");
        String ownerName = "越权测试丙备案有限公司";
        openJoinedEnterprise(owner, TestData.newUscc(), ownerName, "郑丙", "29", "2900");
        loginAs(owner);
        Map<String, String> filings = new LinkedHashMap<>();
        for (String kind : FILING_PAGES.keySet()) {
            browser.open(FILING_PAGES.get(kind));
            Map.Entry<String, String> field = FILING_DRAFT_FIELD.get(kind);
            browser.type("filing:" + field.getKey(), field.getValue());
            new Forms(browser).confirm("filing:save-draft", "filing", "确定暂存", true);
            browser.waitUntil(d -> "暂存".equals(d.findElement(By.id("filing-status-word")).getText()));
            browser.open("enterprise/status");
            filings.put(kind, Forms.recordId(browser.find(By.cssSelector("[data-kind='" + kind + "']")).findElement(By.xpath("ancestor::tr"))));
        }

        loginAs(INTRUDER_OF_FILINGS);
        String intruderSession = browser.sessionId();
        filings.forEach((kind, id) -> {
            for (var refusal : List.of(Map.entry(FILING_PAGES.get(kind) + "?id=" + id, 404),
                    Map.entry("review/application?kind=" + kind + "&id=" + id, 403))) {
                HttpResponse<String> answer = browser.rawGet(refusal.getKey(), intruderSession);
                assertEquals(refusal.getValue(), answer.statusCode(), refusal.getKey());
                assertFalse(answer.body().contains(ownerName), refusal.getKey() + " shows nothing of the owner's");
            }
            browser.open(FILING_PAGES.get(kind));
            assertFalse(browser.find(By.id("content")).getText().contains(ownerName), kind);
        });
        browser.screenshot("idor-intruder-filing");

        loginAs(owner);
        filings.forEach((kind, id) -> {
            browser.open(FILING_PAGES.get(kind) + "?id=" + id);
            assertEquals("暂存", browser.find(By.id("filing-status-word")).getText(), kind + ": the owner's draft is untouched");
        });
    }

    private String saveCardDraftWith(Path scan) {
        browser.open("enterprise/legal-person-card-edit");
        CardForm.fillValid(browser, new Forms(browser));
        AttachmentPanel.upload(browser, "LEGAL_PERSON_ID", scan);
        browser.find(By.id("card:save-draft")).click();
        browser.find(By.id("card:confirm-yes")).click();
        browser.waitForPath("/enterprise/status");
        return browser.find(By.cssSelector("[data-kind='LEGAL_PERSON_CARD']")).findElement(By.xpath("ancestor::tr"))
                .findElement(By.cssSelector(".record-number")).getAttribute("data-id");
    }

    private String saveRegistrationDraftWith(Path scan) {
        browser.open("enterprise/registration-edit");
        RegistrationForm.fillByHand(browser, "88", "8800", "周甲");
        AttachmentPanel.upload(browser, "BUSINESS_LICENCE", scan);
        browser.find(By.id("reg:save-draft")).click();
        browser.find(By.id("reg:confirm-yes")).click();
        browser.waitForPath("/enterprise/registrations");
        return browser.find(By.cssSelector(".record-number")).getAttribute("data-id");
    }

    /** An operator draft (the enterprise's 三证合一 draft is saved already, F-51) with the scan. */
    private String saveOperatorDraftWith(Path scan) {
        browser.open("enterprise/operator-edit");
        new Forms(browser).chooseAndWait("op:idType", "201");
        browser.type("op:idNumber", "110105198506120018");
        AttachmentPanel.upload(browser, "OPERATOR_ID", scan);
        new Forms(browser).confirm("op:save-draft", "op", "确定暂存", true);
        browser.waitUntil(d -> d.findElement(By.id("op:continue")).isDisplayed());
        browser.find(By.id("op:continue-no")).click();
        browser.waitForPath("/enterprise/operators");
        return browser.find(By.cssSelector(".record-number")).getAttribute("data-id");
    }

    private String onlyAttachmentOn(String viewPath) {
        browser.open(viewPath);
        List<String> ids = attachmentIds();
        assertEquals(1, ids.size(), viewPath);
        return ids.get(0);
    }

    private List<String> attachmentIds() {
        return AttachmentPanel.rows(browser).stream().map(r -> r.getAttribute("data-attachment")).toList();
    }

    private HttpResponse<byte[]> download(String attachmentId, String session) {
        HttpResponse<byte[]> answer = browser.rawGet("attachments/" + attachmentId, session, HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, answer.statusCode());
        return answer;
    }

    /** A small PNG scan. */
    private static Path scan() {
        try {
            byte[] content = new byte[2048];
            new java.util.Random(7).nextBytes(content);
            byte[] signature = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
            System.arraycopy(signature, 0, content, 0, signature.length);
            return Files.write(Files.createTempDirectory("idor").resolve("营业执照.png"), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
