package cn.eport.onboarding.it.api;

import cn.eport.onboarding.it.browser.BrowserTestSupport;
import cn.eport.onboarding.it.batch.ItDatabase;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The application API (ADR 0034) over HTTP with a token, for an enterprise of the test's own opened by
 * the administrator: its 三证合一 record created, refused (422), corrected, declared once per
 * Idempotency-Key, returned by the reviewer in the browser, corrected and declared again, approved in
 * the browser, each result read back through the API; a customs filing the same way; every kind
 * created, updated and declared; drafts deleted.
 */
class ApplicationApiBrowserIT extends BrowserTestSupport {

    /** The enterprise every test files for, joined once per class by the 三证合一 round trip. */
    private static Joined joined;

    record Joined(String username, String uscc, ApiClient api, long registrationId) {
    }

    @Test
    void aRegistrationGoesThroughTheReviewerAndTheApiShowsEachResult() {
        Joined enterprise = joined();
        JsonObject approved = ApiClient.json(enterprise.api().get("registrations/" + enterprise.registrationId())).asJsonObject();
        assertEquals("APPROVED", approved.getString("status"));
        assertTrue(approved.getString("number").startsWith("SZ"), approved.getString("number"));
        List<String> actions = approved.getJsonArray("history").stream()
                .map(h -> h.asJsonObject().getString("action")).toList();
        assertTrue(actions.containsAll(List.of("SAVE_DRAFT", "DECLARE", "CLAIM", "RETURN", "APPROVE")), actions.toString());
        assertFalse(approved.getJsonArray("allowedActions").toString().contains("DECLARE"));

        JsonObject list = ApiClient.json(enterprise.api().get("registrations?status=APPROVED")).asJsonObject();
        assertEquals(1, list.getInt("total"));
        assertEquals(enterprise.registrationId(), list.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue());
        assertEquals(0, ApiClient.json(enterprise.api().get("registrations?status=DRAFT&declaredFrom=2020-01-01"))
                .asJsonObject().getInt("total"));
    }

    @Test
    void aCustomsFilingIsReturnedAndApprovedInTheBrowserAndTheApiShowsItsCode() throws Exception {
        Joined enterprise = joined();
        seedCustomsRecord(enterprise.uscc());
        ApiClient api = enterprise.api();
        HttpResponse<String> created = api.post("customs-filings", KindBodies.complete("customs-filings", "王报关"));
        assertEquals(201, created.statusCode(), created.body());
        long id = ApiClient.json(created).asJsonObject().getJsonNumber("id").longValue();
        assertEquals(409, api.post("customs-filings", KindBodies.complete("customs-filings", "李报关")).statusCode(),
                "one filing per enterprise");
        assertEquals(200, api.send("POST", "customs-filings/" + id + "/declaration", "Idempotency-Key", "customs-1").statusCode());

        loginAs("reviewer");
        new ApiReviewer(browser).returnIt("CUSTOMS_FILING", id, "请核对经营范围");
        JsonObject returned = ApiClient.json(api.english().get("customs-filings/" + id)).asJsonObject();
        assertEquals("RETURNED", returned.getString("status"));
        assertEquals("请核对经营范围", returned.getString("returnReason"));

        HttpResponse<String> corrected = api.put("customs-filings/" + id, KindBodies.complete("customs-filings", "王报关"),
                "If-Match", created.headers().firstValue("ETag").orElseThrow());
        assertEquals(412, corrected.statusCode(), "the ETag of before the return is stale: " + corrected.body());
        corrected = api.put("customs-filings/" + id, KindBodies.complete("customs-filings", "王报关"),
                "If-Match", api.get("customs-filings/" + id).headers().firstValue("ETag").orElseThrow());
        assertEquals(200, corrected.statusCode(), corrected.body());
        assertEquals(200, api.send("POST", "customs-filings/" + id + "/declaration", "Idempotency-Key", "customs-2").statusCode());

        loginAs("reviewer");
        new ApiReviewer(browser).approve("CUSTOMS_FILING", id);
        JsonObject approved = ApiClient.json(api.get("customs-filings/" + id)).asJsonObject();
        assertEquals("APPROVED", approved.getString("status"));
        assertTrue(approved.getString("filingNumber").matches("\\d{10}"), approved.toString());
        assertNotNull(approved.getString("approvedAt"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"registrations", "legal-person-cards", "mofcom-filings", "forex-filings", "operators"})
    void everyKindIsCreatedUpdatedAndDeclaredOnce(String kind) {
        ApiClient api = joined().api();
        HttpResponse<String> created = api.post(kind, KindBodies.complete(kind, "张伟"), "Idempotency-Key", "create-" + kind);
        assertEquals(201, created.statusCode(), created.body());
        JsonObject draft = ApiClient.json(created).asJsonObject();
        long id = draft.getJsonNumber("id").longValue();
        assertEquals("DRAFT", draft.getString("status"));
        assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith("/api/v1/" + kind + "/" + id));
        HttpResponse<String> again = api.post(kind, KindBodies.complete(kind, "张伟"), "Idempotency-Key", "create-" + kind);
        assertEquals(id, ApiClient.json(again).asJsonObject().getJsonNumber("id").longValue(), "the same key: the same draft");

        HttpResponse<String> updated = api.put(kind + "/" + id, KindBodies.complete(kind, "王芳"),
                "If-Match", created.headers().firstValue("ETag").orElseThrow());
        assertEquals(200, updated.statusCode(), updated.body());
        assertTrue(ApiClient.json(updated).asJsonObject().getJsonObject("details").toString().contains("王芳")
                || kind.equals("mofcom-filings"), updated.body());

        String path = kind + "/" + id + "/declaration";
        HttpResponse<String> declared = api.send("POST", path, "Idempotency-Key", "declare-" + kind);
        assertEquals(200, declared.statusCode(), declared.body());
        JsonObject first = ApiClient.json(declared).asJsonObject();
        assertTrue(List.of("DECLARED", "APPROVED").contains(first.getString("status")), first.getString("status"));
        HttpResponse<String> resent = api.send("POST", path, "Idempotency-Key", "declare-" + kind);
        assertEquals(200, resent.statusCode(), resent.body());
        assertEquals(first.getString("status"), ApiClient.json(resent).asJsonObject().getString("status"));
        assertEquals(first.getInt("version"), ApiClient.json(resent).asJsonObject().getInt("version"), "nothing changed");
        long declarations = ApiClient.json(api.get(kind + "/" + id)).asJsonObject().getJsonArray("history").stream()
                .filter(h -> "DECLARE".equals(h.asJsonObject().getString("action"))).count();
        assertEquals(1, declarations, "one declaration for one key");
        HttpResponse<String> otherKey = api.send("POST", path, "Idempotency-Key", "declare-again-" + kind);
        assertEquals(409, otherKey.statusCode(), otherKey.body());
        assertTrue(ApiClient.json(otherKey).asJsonObject().getString("detail").contains("状态"), otherKey.body());
        assertEquals(409, api.send("DELETE", kind + "/" + id).statusCode(), "only drafts are deleted");
    }

    @Test
    void refusalsSayWhatIsWrongInTheCallersLanguage() {
        ApiClient api = joined().api();
        HttpResponse<String> negative = api.post("registrations", KindBodies.registration("010-62345678")
                .replace("\"registeredCapital\":500", "\"registeredCapital\":-1"));
        assertEquals(422, negative.statusCode(), negative.body());
        JsonObject error = ApiClient.json(negative).asJsonObject().getJsonArray("errors").getJsonObject(0);
        assertEquals("registeredCapital", error.getString("field"));
        assertEquals("注册资金不能小于 0。", error.getString("message"), "the page's text");

        HttpResponse<String> created = api.post("registrations", KindBodies.registration("010-62345678")
                .replace("\"contactName\":\"张伟\",", ""));
        assertEquals(201, created.statusCode(), "a draft may lack fields: " + created.body());
        String id = String.valueOf(ApiClient.json(created).asJsonObject().getJsonNumber("id").longValue());
        HttpResponse<String> incomplete = api.english().send("POST", "registrations/" + id + "/declaration", "Idempotency-Key", "x");
        assertEquals(422, incomplete.statusCode(), incomplete.body());
        assertTrue(incomplete.body().contains("{\"field\":\"contactName\",\"message\":\"Contact person: this field is required.\"}"),
                incomplete.body());

        assertEquals(400, api.send("POST", "registrations/" + id + "/declaration").statusCode(), "no Idempotency-Key");
        assertEquals(428, api.put("registrations/" + id, KindBodies.registration("010-62345678")).statusCode(), "no If-Match");
        HttpResponse<String> malformed = api.put("registrations/" + id, "{\"registeredCapital\":", "If-Match", "\"1\"");
        assertEquals(400, malformed.statusCode(), malformed.body());
        assertTrue(ApiClient.json(malformed).asJsonObject().getString("detail").contains("JSON"), malformed.body());
        assertEquals(404, api.get("registrations/abc").statusCode());
        assertEquals(404, api.get("registrations/99999999999999999999").statusCode());
        HttpResponse<String> status = api.get("registrations?status=SOMETIMES");
        assertEquals(400, status.statusCode(), status.body());
        assertTrue(ApiClient.json(status).asJsonObject().getJsonArray("accepted").toString().contains("RETURNED"));
        assertEquals(400, api.get("registrations?declaredFrom=2026-13-01").statusCode());
        assertEquals(400, api.get("registrations?size=1000").statusCode());

        assertEquals(204, api.send("DELETE", "registrations/" + id).statusCode(), "a draft is deleted");
        assertEquals(404, api.get("registrations/" + id).statusCode());
    }

    @Test
    void anotherEnterpriseOrADeadTokenReachesNothing() {
        Joined enterprise = joined();
        HttpResponse<String> draft = enterprise.api().post("operators", KindBodies.complete("operators", "赵六"));
        assertEquals(201, draft.statusCode(), draft.body());
        long operator = ApiClient.json(draft).asJsonObject().getJsonNumber("id").longValue();
        List<String[]> paths = List.of(
                new String[]{"registrations", String.valueOf(enterprise.registrationId())},
                new String[]{"operators", String.valueOf(operator)});
        ApiClient other = ApiClient.of(base, ApiTokens.issue("ent-b"));
        for (String[] path : paths) {
            String one = path[0] + "/" + path[1];
            for (HttpResponse<String> response : List.of(other.get(one),
                    other.put(one, KindBodies.complete(path[0], "入侵者"), "If-Match", "\"1\""),
                    other.send("POST", one + "/declaration", "Idempotency-Key", "idor"),
                    other.send("DELETE", one))) {
                assertEquals(404, response.statusCode(), one + ": " + response.body());
                assertFalse(response.body().contains(enterprise.uscc()) || response.body().contains("张伟"), response.body());
            }
            assertFalse(other.get(path[0]).body().contains("\"id\":" + path[1] + ","), "not in ent-b's list");
        }
        for (String token : List.of(ApiTokens.issueRevoked(enterprise.username()), ApiTokens.issueExpired(enterprise.username()))) {
            ApiClient dead = ApiClient.of(base, token);
            String one = "registrations/" + enterprise.registrationId();
            for (HttpResponse<String> response : List.of(dead.get("registrations"), dead.get(one),
                    dead.post("registrations", KindBodies.registration("010-62345678")),
                    dead.put(one, KindBodies.registration("010-62345678"), "If-Match", "\"1\""),
                    dead.send("POST", one + "/declaration", "Idempotency-Key", "dead"), dead.send("DELETE", one))) {
                assertEquals(401, response.statusCode(), response.body());
            }
        }
    }

    @Test
    void attachmentsAreCheckedDownloadedAndDeletedAsOnThePage() {
        Joined enterprise = joined();
        ApiClient api = enterprise.api();
        HttpResponse<String> draft = api.post("registrations", KindBodies.registration("010-62345678"));
        String registration = "registrations/" + ApiClient.json(draft).asJsonObject().getJsonNumber("id").longValue();

        HttpResponse<String> stored = upload(api, registration, "营业执照.pdf", Multipart.file("%PDF-1.4\n", 2048));
        assertEquals(201, stored.statusCode(), stored.body());
        long attachment = ApiClient.json(stored).asJsonObject().getJsonNumber("id").longValue();
        assertTrue(ApiClient.json(api.get(registration)).asJsonObject().getJsonArray("attachments").toString()
                .contains("\"id\":" + attachment + ","), "listed with its application");
        HttpResponse<String> file = api.get("attachments/" + attachment);
        assertEquals(200, file.statusCode());
        assertEquals("application/pdf", file.headers().firstValue("Content-Type").orElse(""));
        assertTrue(file.body().startsWith("%PDF-1.4"));
        assertTrue(file.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));

        HttpResponse<String> program = upload(api, registration, "发票.pdf", Multipart.file("MZ\u0090\u0000", 4096));
        assertEquals(415, program.statusCode(), program.body());
        assertTrue(ApiClient.json(program).asJsonObject().getString("detail").contains("PDF"), program.body());
        // above the rules' 4 MB and below the request limit: the service refuses it with the page's message
        HttpResponse<String> large = upload(api, registration, "大文件.pdf", Multipart.file("%PDF-1.4\n", 4 * 1024 * 1024 + 10));
        assertEquals(413, large.statusCode(), large.body());
        assertTrue(ApiClient.json(large).asJsonObject().getString("detail").contains("4M"), large.body());

        ApiClient other = ApiClient.of(base, ApiTokens.issue("ent-b"));
        assertEquals(404, other.get("attachments/" + attachment).statusCode());
        assertEquals(404, other.send("DELETE", "attachments/" + attachment).statusCode());
        assertEquals(404, upload(other, registration, "x.pdf", Multipart.file("%PDF-1.4\n", 100)).statusCode());
        ApiClient dead = ApiClient.of(base, ApiTokens.issueRevoked(enterprise.username()));
        assertEquals(401, dead.get("attachments/" + attachment).statusCode());
        assertEquals(401, upload(dead, registration, "x.pdf", Multipart.file("%PDF-1.4\n", 100)).statusCode());

        assertEquals(204, api.send("DELETE", "attachments/" + attachment).statusCode());
        assertEquals(404, api.get("attachments/" + attachment).statusCode());
    }

    private static HttpResponse<String> upload(ApiClient api, String application, String name, byte[] content) {
        Multipart form = Multipart.upload(name, content, "BUSINESS_LICENCE");
        return api.send("POST", application + "/attachments", form.publisher(), "Content-Type", form.contentType());
    }

    /** The enterprise of this class's tests, joined through the 三证合一 round trip (once). */
    private Joined joined() {
        if (joined == null) {
            joined = join();
        }
        return joined;
    }

    private Joined join() {
        String username = newEnterpriseUser("api", "接口测试（北京）示例贸易有限公司", "张伟");
        ApiClient api = ApiClient.of(base, ApiTokens.issue(username));
        String uscc = ApiClient.json(api.get("me")).asJsonObject().getString("enterpriseUscc");

        assertEquals(422, api.post("registrations", KindBodies.registration("没有电话")).statusCode(), "checked as on 暂存");
        HttpResponse<String> created = api.post("registrations", KindBodies.registration(null));
        assertEquals(201, created.statusCode(), created.body());
        long id = ApiClient.json(created).asJsonObject().getJsonNumber("id").longValue();
        HttpResponse<String> refused = api.send("POST", "registrations/" + id + "/declaration", "Idempotency-Key", "reg-0");
        assertEquals(422, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("{\"field\":\"contactPhone\",\"message\":\"联系电话：必填项，请填写。\"}"), refused.body());
        HttpResponse<String> updated = api.put("registrations/" + id, KindBodies.registration("010-62345678"),
                "If-Match", created.headers().firstValue("ETag").orElseThrow());
        assertEquals(200, updated.statusCode(), updated.body());
        assertEquals(412, api.put("registrations/" + id, KindBodies.registration("010-62345678"),
                "If-Match", created.headers().firstValue("ETag").orElseThrow()).statusCode(), "a stale version");

        HttpResponse<String> declared = api.send("POST", "registrations/" + id + "/declaration", "Idempotency-Key", "reg-1");
        assertEquals(200, declared.statusCode(), declared.body());
        assertEquals("DECLARED", ApiClient.json(declared).asJsonObject().getString("status"));

        loginAs("reviewer");
        new ApiReviewer(browser).returnIt("ENTERPRISE_REGISTRATION", id, "请核对注册地址");
        JsonObject returned = ApiClient.json(api.get("registrations/" + id)).asJsonObject();
        assertEquals("RETURNED", returned.getString("status"));
        assertEquals("请核对注册地址", returned.getString("returnReason"));
        assertTrue(returned.getJsonArray("allowedActions").toString().contains("MODIFY"), returned.toString());

        HttpResponse<String> corrected = api.put("registrations/" + id,
                KindBodies.registration("010-62345678").replace("中关村大街1号", "中关村大街2号"),
                "If-Match", api.get("registrations/" + id).headers().firstValue("ETag").orElseThrow());
        assertEquals(200, corrected.statusCode(), corrected.body());
        assertEquals(200, api.send("POST", "registrations/" + id + "/declaration", "Idempotency-Key", "reg-2").statusCode());
        loginAs("reviewer");
        new ApiReviewer(browser).approve("ENTERPRISE_REGISTRATION", id);
        return new Joined(username, uscc, api, id);
    }

    /** 海关企管备案信息 of the enterprise, as the nightly import stores it (F-31). */
    private static void seedCustomsRecord(String uscc) throws Exception {
        try (Connection connection = new ItDatabase().connect();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO dir_customs_record"
                     + " (id, version, uscc, enterprise_name, customs_code, customs_district, registered_on, synced_at)"
                     + " VALUES (nextval('dir_entry_seq'), 1, ?, ?, ?, ?, NULL, ?)")) {
            insert.setString(1, uscc);
            insert.setString(2, "接口测试（北京）示例贸易有限公司");
            insert.setString(3, ("95" + UUID.randomUUID().toString().replaceAll("\\D", "") + "00000000").substring(0, 10));
            insert.setString(4, KindBodies.DISTRICT);
            insert.setTimestamp(5, Timestamp.from(Instant.now()));
            assertEquals(1, insert.executeUpdate());
        }
    }
}
