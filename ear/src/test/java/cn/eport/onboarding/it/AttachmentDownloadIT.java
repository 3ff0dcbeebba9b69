package cn.eport.onboarding.it;

import cn.eport.onboarding.attachment.AttachmentService;
import cn.eport.onboarding.enterprise.RegistrationDetails;
import cn.eport.onboarding.enterprise.RegistrationService;
import cn.eport.onboarding.workflow.ApplicationKind;
import cn.eport.onboarding.workflow.WorkflowAction;
import org.jboss.arquillian.container.test.api.Deployment;
import jakarta.inject.Inject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The download URL /attachments/{id} over plain HTTP (F-14, X-1 tenant isolation): headers, owner, reviewer, everyone else. */
@ExtendWith(ArquillianExtension.class)
class AttachmentDownloadIT extends ActingUsers {

    static final String NAME = "营业执照 \"副本\".pdf";
    static final byte[] CONTENT = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n<script>alert(1)</script>\n%%EOF\n"
            .getBytes(StandardCharsets.UTF_8);

    private static final String PASSWORD = "Eport@2026";

    /**
     * In the container, so that the attachment can be created through the service (there is no
     * upload page yet); the requests go to the server's own HTTP listener like a browser's would.
     */
    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(AttachmentDownloadIT.class, HttpSession.class);
    }

    @Inject
    private RegistrationService registrations;

    @Inject
    private AttachmentService attachments;

    private URL base;

    /** The test server's HTTP port is its port base (environment of the server, see it-server.sh) + 80. */
    @org.junit.jupiter.api.BeforeEach
    void serversOwnAddress() throws MalformedURLException {
        String portBase = System.getenv("PORTBASE");
        assertTrue(portBase != null && portBase.matches("[0-9]+"), "PORTBASE in the server's environment: " + portBase);
        base = new URL("http://127.0.0.1:" + (Integer.parseInt(portBase) + 80) + "/eport/");
    }

    /** A new draft of ent-a with one attachment: its id. */
    private String attachmentOfA() throws Exception {
        return String.valueOf(asA.attempt(() -> {
            Long draft = registrations.save(null, 0, UUID.randomUUID().toString(), new RegistrationDetails(),
                    WorkflowAction.SAVE_DRAFT).id();
            return attachments.upload(ApplicationKind.ENTERPRISE_REGISTRATION, draft, "BUSINESS_LICENCE", NAME, CONTENT).getId();
        }).get());
    }

    @Test
    void theOwnerDownloadsTheFileAsAnAttachmentThatIsNeverRendered() throws Exception {
        String id = attachmentOfA();
        HttpResponse<byte[]> file = HttpSession.loggedIn(base, "ent-a", PASSWORD).getBytes("attachments/" + id);
        assertEquals(200, file.statusCode());
        assertArrayEquals(CONTENT, file.body());
        assertEquals("application/pdf", file.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("attachment; filename=\"attachment.pdf\"; filename*=UTF-8''%E8%90%A5%E4%B8%9A%E6%89%A7%E7%85%A7%20%22%E5%89%AF%E6%9C%AC%22.pdf",
                file.headers().firstValue("Content-Disposition").orElseThrow());
        assertEquals("nosniff", file.headers().firstValue("X-Content-Type-Options").orElseThrow());
        String cacheControl = file.headers().firstValue("Cache-Control").orElseThrow();
        assertTrue(cacheControl.contains("private") && cacheControl.contains("no-store"), cacheControl);
        assertEquals(String.valueOf(CONTENT.length), file.headers().firstValue("Content-Length").orElseThrow());
    }

    /** A new application of ent-a, declared, with one attachment: the attachment's id. */
    private String declaredAttachmentOfA() throws Exception {
        return String.valueOf(asA.attempt(() -> {
            Long draft = registrations.save(null, 0, UUID.randomUUID().toString(), new RegistrationDetails(),
                    WorkflowAction.SAVE_DRAFT).id();
            Long file = attachments.upload(ApplicationKind.ENTERPRISE_REGISTRATION, draft, "BUSINESS_LICENCE", NAME, CONTENT).getId();
            registrations.save(draft, registrations.find(draft).getVersion(), UUID.randomUUID().toString(),
                    TestData.completeRegistration("0100"), WorkflowAction.DECLARE);
            return file;
        }).get());
    }

    @Test
    void reviewersMayDownloadTheFilesOfEveryEnterprisesDeclaredApplications() throws Exception {
        String id = declaredAttachmentOfA();
        HttpResponse<byte[]> file = HttpSession.loggedIn(base, "reviewer", PASSWORD).getBytes("attachments/" + id);
        assertEquals(200, file.statusCode());
        assertArrayEquals(CONTENT, file.body());
    }

    @Test
    void anotherEnterpriseGetsTheSameNotFoundAsForAnIdThatDoesNotExist() throws Exception {
        String id = attachmentOfA();
        HttpSession b = HttpSession.loggedIn(base, "ent-b", PASSWORD);
        HttpResponse<byte[]> foreign = b.getBytes("attachments/" + id);
        HttpResponse<byte[]> missing = b.getBytes("attachments/" + (Long.parseLong(id) + 1_000_000_000L));
        assertEquals(404, foreign.statusCode());
        assertEquals(404, missing.statusCode());
        assertFalse(new String(foreign.body(), java.nio.charset.StandardCharsets.ISO_8859_1).contains("%PDF"));
        assertEquals(HttpSession.withoutNonce(new String(missing.body(), StandardCharsets.UTF_8)),
                HttpSession.withoutNonce(new String(foreign.body(), StandardCharsets.UTF_8)), "nothing tells the two apart");
        assertEquals(404, b.getBytes("attachments/not-a-number").statusCode());
        assertEquals(404, HttpSession.loggedIn(base, "admin", PASSWORD).getBytes("attachments/" + id).statusCode(),
                "administrators are neither owners nor reviewers");
        assertEquals(200, HttpSession.loggedIn(base, "ent-a", PASSWORD).getBytes("attachments/" + id).statusCode(),
                "A's file is still there");
    }

    @Test
    void withoutLoginTheBrowserIsSentToTheLoginPageInsteadOfTheFile() throws Exception {
        String id = attachmentOfA();
        HttpResponse<String> answer = HttpSession.anonymous(base).get("attachments/" + id);
        assertTrue(HttpSession.sendsToLogin(answer), "the login page instead of the file: " + answer.statusCode());
        assertFalse(answer.body().contains("%PDF"));
    }
}
