package cn.eport.onboarding.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The download URL /attachments/{id} over plain HTTP (F-14, X-1 tenant isolation): headers, owner, reviewer, everyone else. */
@ExtendWith(ArquillianExtension.class)
class AttachmentDownloadIT {

    private static final String PASSWORD = "Eport@2026";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(AttachmentFixtureServlet.class);
    }

    @ArquillianResource
    private URL base;

    private String attachmentOfA() {
        HttpResponse<String> created = HttpSession.loggedIn(base, "ent-a", PASSWORD).get("test-fixture/attachment");
        assertEquals(200, created.statusCode(), created.body());
        return created.body().strip();
    }

    @Test
    void theOwnerDownloadsTheFileAsAnAttachmentThatIsNeverRendered() {
        String id = attachmentOfA();
        HttpResponse<byte[]> file = HttpSession.loggedIn(base, "ent-a", PASSWORD).getBytes("attachments/" + id);
        assertEquals(200, file.statusCode());
        assertArrayEquals(AttachmentFixtureServlet.CONTENT, file.body());
        assertEquals("application/pdf", file.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("attachment; filename=\"attachment.pdf\"; filename*=UTF-8''%E8%90%A5%E4%B8%9A%E6%89%A7%E7%85%A7%20%22%E5%89%AF%E6%9C%AC%22.pdf",
                file.headers().firstValue("Content-Disposition").orElseThrow());
        assertEquals("nosniff", file.headers().firstValue("X-Content-Type-Options").orElseThrow());
        String cacheControl = file.headers().firstValue("Cache-Control").orElseThrow();
        assertTrue(cacheControl.contains("private") && cacheControl.contains("no-store"), cacheControl);
        assertEquals(String.valueOf(AttachmentFixtureServlet.CONTENT.length), file.headers().firstValue("Content-Length").orElseThrow());
    }

    @Test
    void reviewersMayDownloadEveryEnterprisesFiles() {
        String id = attachmentOfA();
        HttpResponse<byte[]> file = HttpSession.loggedIn(base, "reviewer", PASSWORD).getBytes("attachments/" + id);
        assertEquals(200, file.statusCode());
        assertArrayEquals(AttachmentFixtureServlet.CONTENT, file.body());
    }

    @Test
    void anotherEnterpriseGetsTheSameNotFoundAsForAnIdThatDoesNotExist() {
        String id = attachmentOfA();
        HttpSession b = HttpSession.loggedIn(base, "ent-b", PASSWORD);
        HttpResponse<byte[]> foreign = b.getBytes("attachments/" + id);
        HttpResponse<byte[]> missing = b.getBytes("attachments/" + (Long.parseLong(id) + 1_000_000_000L));
        assertEquals(404, foreign.statusCode());
        assertEquals(404, missing.statusCode());
        assertFalse(new String(foreign.body(), java.nio.charset.StandardCharsets.ISO_8859_1).contains("%PDF"));
        assertEquals(new String(missing.body(), java.nio.charset.StandardCharsets.UTF_8),
                new String(foreign.body(), java.nio.charset.StandardCharsets.UTF_8), "nothing tells the two apart");
        assertEquals(404, b.getBytes("attachments/not-a-number").statusCode());
        assertEquals(404, HttpSession.loggedIn(base, "admin", PASSWORD).getBytes("attachments/" + id).statusCode(),
                "administrators are neither owners nor reviewers");
        assertEquals(200, HttpSession.loggedIn(base, "ent-a", PASSWORD).getBytes("attachments/" + id).statusCode(),
                "A's file is still there");
    }

    @Test
    void withoutLoginTheLoginFormIsServedInsteadOfTheFile() {
        String id = attachmentOfA();
        HttpResponse<String> answer = HttpSession.anonymous(base).get("attachments/" + id);
        assertTrue(cn.eport.onboarding.it.browser.Browser.isLoginPage(answer), "the login form instead of the file: HTTP " + answer.statusCode());
        assertFalse(answer.body().contains("%PDF"));
    }
}
