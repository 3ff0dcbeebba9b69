package cn.eport.onboarding.it.security;

import cn.eport.onboarding.audit.AccessRefusals;
import cn.eport.onboarding.it.HttpSession;
import cn.eport.onboarding.workflow.ApplicationKind;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 8 point 9: ent-b's requests for ent-a's ids and for ids that do not exist (404) and for
 * a page its role may not open (403) are in the audit trail, once per user, target and minute however
 * often and however concurrently they are repeated, and the administrator finds them with the audit
 * search's 拒绝访问 filter.
 */
@ExtendWith(ArquillianExtension.class)
class RefusedAccessAuditIT extends ApplicationsOfA {

    private static final String PASSWORD = "Eport@2026";

    @Inject
    private AccessRefusals accessRefusals;

    @Deployment
    static EnterpriseArchive deployment() {
        return earWith(RefusedAccessAuditIT.class);
    }

    @Test
    void anotherEnterprisesIdIsAuditedOncePerMinuteAndFoundByTheAdministrator() throws Exception {
        Filed ofA = draftOfA(ApplicationKind.ENTERPRISE_REGISTRATION);
        HttpSession b = HttpSession.loggedIn(HttpSession.ownServer(), "ent-b", PASSWORD);
        Instant from = Instant.now();

        assertEquals(404, b.get("enterprise/registration-view?id=" + ofA.id()).statusCode());
        assertEquals(404, b.get("enterprise/registration-edit?id=" + ofA.id()).statusCode(), "the same record by another page");
        assertEquals(List.of(404, 404, 404, 404, 404, 404), concurrently(6, () -> b.get("enterprise/registration-view?id=" + ofA.id())));
        List<Refusal> refused = refusals("ent-b", ApplicationKind.ENTERPRISE_REGISTRATION.name(), String.valueOf(ofA.id()));
        oncePerMinute(refused, from, "ent-b's eight requests for A's 三证合一");
        assertEquals("NOT_FOUND", refused.get(0).detail());
        assertEquals(USCC_OF_A, refused.get(0).enterpriseUscc(), "whose record was asked for");

        assertEquals(404, b.getBytes("attachments/" + ofA.file()).statusCode());
        assertEquals(404, b.getBytes("attachments/" + ofA.file()).statusCode());
        oncePerMinute(refusals("ent-b", "ATTACHMENT", String.valueOf(ofA.file())), from, "A's file");

        Long none = ofA.id() + 1_000_000_000L;
        assertEquals(404, b.get("enterprise/legal-person-card-view?id=" + none).statusCode());
        assertNull(refusals("ent-b", ApplicationKind.LEGAL_PERSON_CARD.name(), String.valueOf(none)).get(0).enterpriseUscc(),
                "an id that does not exist: no enterprise");

        HttpResponse<String> admin = searchAsAdministrator(String.valueOf(ofA.id()));
        assertEquals(200, admin.statusCode());
        String number = a(() -> registrations.find(ofA.id())).getNumber();
        assertTrue(admin.body().contains("三证合一 " + number + "：按不存在答复"), "the entry, readable in Chinese, by the record's 编号:\n"
                + admin.body());
        assertTrue(admin.body().contains("<span class=\"audit-actor\">ent-b</span>"));
        assertTrue(admin.body().contains("<span class=\"audit-action\">拒绝访问</span>"));
    }

    @Test
    void aPageTheRoleMayNotOpenIsAuditedWithItsUrlOncePerMinute() throws Exception {
        Filed ofA = draftOfA(ApplicationKind.LEGAL_PERSON_CARD);
        HttpSession b = HttpSession.loggedIn(HttpSession.ownServer(), "ent-b", PASSWORD);
        Instant from = Instant.now();
        String page = "review/application?kind=LEGAL_PERSON_CARD&id=" + ofA.id();

        assertEquals(403, b.get(page).statusCode());
        assertEquals(List.of(403, 403, 403, 403), concurrently(4, () -> b.get(page)));
        String path = "/eport/review/application";
        List<Refusal> forbidden = refusals("ent-b", AccessRefusals.URL_SUBJECT, path).stream()
                .filter(r -> r.detail().endsWith("id=" + ofA.id())).toList();
        oncePerMinute(forbidden, from, "ent-b's five requests for the review page");
        assertEquals("FORBIDDEN GET /eport/" + page, forbidden.get(0).detail());
        assertTrue(admin403Shown(path, page), "the administrator finds it by the page's path");
    }

    /** Concurrent refusals of the same target start together: the unique key stores one entry, and none of them fails. */
    @Test
    void simultaneousRefusalsOfTheSameTargetStoreOneEntry() throws Exception {
        Long none = draftOfA(ApplicationKind.ENTERPRISE_REGISTRATION).id() + 2_000_000_000L;
        int writers = 8;
        CyclicBarrier start = new CyclicBarrier(writers);
        Instant from = Instant.now();
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<Object>> done = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                done.add(pool.submit(() -> b(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    accessRefusals.notFound(ApplicationKind.ENTERPRISE_REGISTRATION.name(), none, null);
                    return null;
                })));
            }
            for (Future<Object> writer : done) {
                writer.get();
            }
        } finally {
            pool.shutdownNow();
        }
        oncePerMinute(refusals("ent-b", ApplicationKind.ENTERPRISE_REGISTRATION.name(), String.valueOf(none)), from,
                writers + " simultaneous refusals");
    }

    private boolean admin403Shown(String path, String page) {
        String body = searchAsAdministrator(path).body();
        return body.contains("GET /eport/" + page.replace("&", "&amp;") + "：无权访问（403");
    }

    /** The administrator's audit search (/admin/audit) for refused access about this record, as the page posts it. */
    private HttpResponse<String> searchAsAdministrator(String subject) {
        HttpSession admin = HttpSession.loggedIn(HttpSession.ownServer(), "admin", PASSWORD);
        HttpResponse<String> page = admin.get("admin/audit");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("audit", "audit");
        form.put("audit:actor", "");
        form.put("audit:action", "ACCESS_REFUSED");
        form.put("audit:subject", subject);
        form.put("audit:from", "");
        form.put("audit:to", "");
        form.put("audit:query", "查询");
        form.putAll(HttpSession.formState(page.body()));
        return admin.post("admin/audit", form);
    }

    private static List<Integer> concurrently(int times, java.util.function.Supplier<HttpResponse<String>> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(times);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < times; i++) {
                answers.add(pool.submit(request::get));
            }
            List<Integer> codes = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : answers) {
                codes.add(answer.get().statusCode());
            }
            return codes;
        } finally {
            pool.shutdownNow();
        }
    }
}
