package cn.eport.onboarding.web.sealed;

import cn.eport.onboarding.account.Role;
import cn.eport.onboarding.audit.AccessRefusals;
import cn.eport.onboarding.declaration.sealed.SealedDeclarationService;
import cn.eport.onboarding.declaration.sealed.SealedDownload;
import cn.eport.onboarding.declaration.sealed.SealedNotFoundException;
import cn.eport.onboarding.web.attachment.AttachmentDownloadServlet;
import cn.eport.onboarding.web.attachment.FileDownload;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The sealed PDF of a 申报 (issue 12 item 3): {@code /sealed/{id}} downloads it as
 * {@code SZ2026-000123-1.pdf}; {@code /sealed/{id}?print} shows it in the browser, which is what 打印
 * of a declared application opens. Behind the login web.xml requires for every URL; enterprise users
 * get their own enterprise's, reviewers every other enterprise's ({@link SealedDeclarationService});
 * anything else (no such id, another enterprise's, another role) is the same audited 404.
 */
@WebServlet(urlPatterns = SealedDeclarationServlet.PATH + "/*")
public class SealedDeclarationServlet extends HttpServlet {

    public static final String PATH = "/sealed";
    private static final long serialVersionUID = 1L;
    private static final String PDF = "application/pdf";

    @Inject
    private transient SealedDeclarationService sealed;

    @Inject
    private transient AccessRefusals refusals;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long id = AttachmentDownloadServlet.idOf(request.getPathInfo());
        SealedDownload download = id == null ? null : download(request, id);
        if (download == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String fileName = download.sealed().fileName();
        if (request.getParameter("print") != null) {
            FileDownload.show(response, PDF, fileName, download.content());
        } else {
            FileDownload.send(response, PDF, fileName, download.content());
        }
    }

    /** The PDF, or null for "not found": the service refuses (and audits) what the caller may not have. */
    private SealedDownload download(HttpServletRequest request, Long id) {
        if (!request.isUserInRole(Role.ENTERPRISE.name()) && !request.isUserInRole(Role.REVIEWER.name())) {
            refusals.notFound(SealedDeclarationService.SUBJECT_TYPE, id, null);
            return null;
        }
        try {
            return sealed.download(id);
        } catch (SealedNotFoundException e) {
            return null;
        }
    }
}
