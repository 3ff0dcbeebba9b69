package cn.eport.onboarding.it.security;

import cn.eport.onboarding.it.HttpSession;
import cn.eport.onboarding.it.browser.BrowserTestSupport;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Login CSRF (issue 8, point 5; ADR 0015): a page of another origin makes the victim's browser post
 * the attacker's credentials to the login form, with a view state the attacker got from the site.
 * The victim's browser must not end up logged in as the attacker. The other origin is a JDK HTTP
 * server on the loopback address, under the other of the two names the application is not addressed by
 * (localhost / 127.0.0.1): another origin and another site for the browser.
 */
class LoginCsrfBrowserIT extends BrowserTestSupport {

    @Test
    void aForeignPageCannotLogTheVictimsBrowserIntoTheAttackersAccount() throws IOException {
        Map<String, String> attackersForm = HttpSession.anonymous(base).loginForm("ent-b", PASSWORD);
        byte[] page = autoSubmitting(base + "login", attackersForm);
        HttpServer attacker = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        attacker.createContext("/", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=UTF-8");
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(page);
            }
        });
        attacker.start();
        try {
            String foreignHost = "localhost".equals(base.getHost()) ? "127.0.0.1" : "localhost";
            browser.driver().get("http://" + foreignHost + ":" + attacker.getAddress().getPort() + "/");
            browser.waitUntil(d -> d.getCurrentUrl().startsWith(base.toString()));
            browser.screenshot("login-csrf-refused");
            assertTrue(HttpSession.sendsToLogin(browser.rawGet("", browser.sessionId())), "no session of ent-b");
            assertTrue(browser.find(By.id("error-refused")).isDisplayed(), "the foreign post is refused");

            browser.open("");
            browser.waitForPath("/eport/login");
            assertTrue(browser.showsLoginForm(), "the victim still sees the login form");
        } finally {
            attacker.stop(0);
        }
    }

    /** The attacker's page: the login form with the attacker's fields, submitted as soon as it loads. */
    private static byte[] autoSubmitting(String action, Map<String, String> fields) {
        String inputs = fields.entrySet().stream()
                .map(f -> "<input type=\"hidden\" name=\"" + escape(f.getKey()) + "\" value=\"" + escape(f.getValue()) + "\">")
                .collect(Collectors.joining());
        return ("<!DOCTYPE html><html><body><form id=\"f\" method=\"post\" action=\"" + escape(action) + "\">" + inputs
                + "</form><script>document.getElementById('f').submit();</script></body></html>")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }
}
