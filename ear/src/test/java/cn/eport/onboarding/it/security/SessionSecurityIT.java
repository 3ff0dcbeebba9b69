package cn.eport.onboarding.it.security;

import cn.eport.onboarding.it.Deployments;
import cn.eport.onboarding.it.HttpSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Where a request's user comes from, over plain HTTP (issue 8, points 4, 5, 8 and 10; ADR 0015):
 * the session cookie only, set at login from a form that carries a token, never from the URL or
 * another site's page; protected pages without a user redirect to the login page, the API answers 401.
 */
@ExtendWith(ArquillianExtension.class)
class SessionSecurityIT {

    private static final String PASSWORD = "Eport@2026";
    /** What only ent-a's 三证合一 list shows: its USCC in the page frame. */
    private static final String ENT_A_USCC = "91110108MA01ABCD5T";

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aSessionIdInTheUrlIsRefused() {
        HttpSession entA = HttpSession.loggedIn(base, "ent-a", PASSWORD);
        assertTrue(entA.get("enterprise/registrations").body().contains(ENT_A_USCC), "the cookie opens the page");
        String id = entA.sessionId();

        for (String path : List.of("enterprise/registrations;jsessionid=" + id, "index;jsessionid=" + id,
                "login;jsessionid=" + id, "enterprise/registrations;JSESSIONID=" + id)) {
            HttpResponse<String> answer = HttpSession.anonymous(base).get(path);
            assertEquals(400, answer.statusCode(), path);
            assertTrue(answer.body().contains("id=\"error-bad-request\""), path);
            assertFalse(answer.body().contains(ENT_A_USCC), path);
        }
        HttpResponse<String> api = HttpSession.anonymous(base).get("api/codes/customs-district;jsessionid=" + id + "?q=22");
        assertEquals(400, api.statusCode());
        assertEquals("application/problem+json", api.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertTrue(entA.get("enterprise/registrations").body().contains(ENT_A_USCC), "the cookie still works");
    }

    @Test
    void protectedPagesWithoutLoginRedirectToTheLoginPageThatContinuesThere() {
        HttpSession anonymous = HttpSession.anonymous(base);
        assertEquals("/eport/login", location(anonymous.get("")));
        assertEquals("/eport/login?continue=%2Feport%2Fenterprise%2Fregistration-view%3Fid%3D12",
                location(anonymous.get("enterprise/registration-view?id=12")));
        assertEquals("/eport/login?continue=%2Feport%2Fadmin%2Faccounts", location(anonymous.get("admin/accounts")));

        HttpResponse<String> login = anonymous.get("login?continue=%2Feport%2Fenterprise%2Fstatus");
        assertEquals(200, login.statusCode());
        assertTrue(login.body().contains("name=\"login:continue\" value=\"/eport/enterprise/status\""), login.body());
        assertTrue(anonymous.get("login?continue=https%3A%2F%2Fevil.example%2F").body()
                .contains("name=\"login:continue\" value=\"\""), "only pages of the application");
    }

    @Test
    void theApiWithoutLoginAnswers401WithAProblem() {
        HttpSession anonymous = HttpSession.anonymous(base);
        for (String path : List.of("api/codes/customs-district?q=22", "api/no-such-resource")) {
            HttpResponse<String> answer = anonymous.get(path);
            assertEquals(401, answer.statusCode(), path);
            assertEquals("application/problem+json", answer.headers().firstValue("Content-Type").orElse("").split(";")[0], path);
            assertTrue(answer.body().contains("\"status\":401"), answer.body());
        }
        HttpResponse<String> keepAlive = anonymous.post("api/session/keep-alive", Map.of());
        assertEquals(401, keepAlive.statusCode());
    }

    /** F-1 / issue 8 point 10: a failed login used to leave every protected URL answering an empty page. */
    @Test
    void afterAFailedLoginEveryProtectedUrlStillLeadsToTheLoginForm() {
        HttpSession browser = HttpSession.anonymous(base);
        assertTrue(HttpSession.sendsToLogin(browser.get("")));
        HttpResponse<String> failed = browser.post("login", browser.loginForm("ent-a", "not-the-password"));
        assertEquals(200, failed.statusCode());
        assertTrue(failed.body().contains("登录失败"), "the generic message");

        for (String path : List.of("", "index", "enterprise/registrations")) {
            HttpResponse<String> answer = browser.get(path);
            assertTrue(HttpSession.sendsToLogin(answer), path + ": HTTP " + answer.statusCode() + " " + answer.body().length() + " bytes");
        }
        HttpResponse<String> form = browser.get("login?continue=%2Feport%2Findex");
        assertTrue(form.body().contains("id=\"login:username\""), "the login form");
        assertEquals(302, browser.post("login", browser.loginForm("ent-a", PASSWORD)).statusCode(), "and it works");
        assertEquals(200, browser.get("enterprise/registrations").statusCode());
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() {
        HttpResponse<String> login = HttpSession.anonymous(base).get("login");
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + login.headers().map()));
        List<String> attributes = List.of(cookie.toLowerCase().split(";\\s*"));
        assertTrue(attributes.contains("httponly"), cookie);
        assertTrue(attributes.contains("samesite=lax"), cookie);
        assertTrue(attributes.contains("path=/eport"), cookie);
        assertFalse(attributes.contains("secure"), "Secure only over HTTPS: " + cookie);
    }

    @Test
    void aLoginFormPostedFromAnotherSiteDoesNotLogIn() {
        HttpSession victim = HttpSession.anonymous(base);
        Map<String, String> form = victim.loginForm("ent-b", PASSWORD);
        HttpResponse<String> refused = victim.post("login", form, "Origin", "http://127.0.0.1:1");
        assertEquals(403, refused.statusCode());
        assertTrue(refused.body().contains("id=\"error-refused\""));
        assertTrue(HttpSession.sendsToLogin(victim.get("")), "not logged in");

        assertEquals(403, victim.post("login", form, "Referer", "http://evil.example/login.html").statusCode());
        assertEquals(403, victim.post("login", form, "Sec-Fetch-Site", "cross-site").statusCode());
        assertTrue(HttpSession.sendsToLogin(victim.get("")), "not logged in");

        assertEquals(302, victim.post("login", form, "Origin", base.getProtocol() + "://" + base.getAuthority()).statusCode(),
                "our own page may");
        assertEquals(200, victim.get("").statusCode());
    }

    @Test
    void theLoginFormsTokenIsTheViewStateOfTheBrowsersOwnSession() {
        HttpSession attacker = HttpSession.anonymous(base);
        Map<String, String> attackersForm = attacker.loginForm("ent-b", PASSWORD);
        HttpSession victim = HttpSession.anonymous(base);
        victim.get("login");

        HttpResponse<String> answer = victim.post("login", attackersForm);
        assertEquals("/eport/login?expired=true", location(answer),
                "a fresh login form instead of a login");
        assertTrue(HttpSession.sendsToLogin(victim.get("")), "not logged in");
        HttpResponse<String> fresh = victim.get("login?expired=true");
        assertTrue(fresh.body().contains("登录页面已过期"), "says why the form is shown again");
    }

    @Test
    void crossSiteRequestsToTheApiAreRefusedAsProblems() {
        HttpSession entA = HttpSession.loggedIn(base, "ent-a", PASSWORD);
        HttpResponse<String> refused = entA.post("api/session/keep-alive", Map.of(), "Origin", "http://127.0.0.1:1");
        assertEquals(403, refused.statusCode());
        assertTrue(refused.body().contains("\"status\":403"), refused.body());
        assertEquals(200, entA.post("api/session/keep-alive", Map.of()).statusCode(), "clients without Origin may");
    }

    private static String location(HttpResponse<String> response) {
        assertTrue(response.statusCode() == 303 || response.statusCode() == 302, "a redirect: " + response.statusCode());
        return response.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
    }
}
