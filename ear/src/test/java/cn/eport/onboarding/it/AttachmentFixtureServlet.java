package cn.eport.onboarding.it;

import cn.eport.onboarding.attachment.AttachmentService;
import cn.eport.onboarding.enterprise.RegistrationDetails;
import cn.eport.onboarding.enterprise.RegistrationService;
import cn.eport.onboarding.workflow.ApplicationKind;
import cn.eport.onboarding.workflow.WorkflowAction;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Test deployments only: gives {@link AttachmentDownloadIT} an attachment of ent-a to download
 * while there is no upload page yet. It creates a draft 三证合一 record as ent-a, uploads
 * {@link #CONTENT} as {@link #NAME} and answers with the attachment's id.
 */
@WebServlet("/test-fixture/attachment")
public class AttachmentFixtureServlet extends HttpServlet {

    static final String NAME = "营业执照 \"副本\".pdf";
    static final byte[] CONTENT = ("%PDF-1.4\n%\u00e2\u00e3\n1 0 obj << /Type /Catalog >> endobj\n<script>alert(1)</script>\n%%EOF\n")
            .getBytes(StandardCharsets.UTF_8);
    private static final long serialVersionUID = 1L;

    @Inject
    private transient RegistrationService registrations;

    @Inject
    private transient AttachmentService attachments;

    @Inject
    private transient RunAsEnterpriseUser.EntA asA;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long id;
        try {
            id = asA.attempt(() -> {
                Long draft = registrations.save(null, 0, UUID.randomUUID().toString(), new RegistrationDetails(),
                        WorkflowAction.SAVE_DRAFT).id();
                return attachments.upload(ApplicationKind.ENTERPRISE_REGISTRATION, draft, "BUSINESS_LICENCE", NAME, CONTENT).getId();
            }).get();
        } catch (Exception e) {
            throw new IOException("Could not create the test attachment", e);
        }
        response.setContentType("text/plain");
        response.getWriter().print(id);
    }
}
