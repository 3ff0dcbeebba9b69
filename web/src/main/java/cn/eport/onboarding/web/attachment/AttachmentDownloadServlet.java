package cn.eport.onboarding.web.attachment;

import cn.eport.onboarding.account.Role;
import cn.eport.onboarding.attachment.Attachment;
import cn.eport.onboarding.attachment.AttachmentDownload;
import cn.eport.onboarding.attachment.AttachmentRefusedException;
import cn.eport.onboarding.attachment.AttachmentService;
import cn.eport.onboarding.audit.AccessRefusals;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Downloads an attachment (F-14): {@code /attachments/{id}}, behind the login that web.xml requires
 * for every URL. Enterprise users get their own enterprise's files, reviewers the files of every
 * application declared at least once; anything else (no such id, another enterprise's id, a draft's
 * file for a reviewer, another role) is the same 404, so ids cannot be probed. Each refusal is
 * audited: by the service, and here for a role the service does not serve at all.
 * The file is always a download of the type detected at upload, never rendered by the browser.
 */
@WebServlet(urlPatterns = AttachmentDownloadServlet.PATH + "/*")
public class AttachmentDownloadServlet extends HttpServlet {

    public static final String PATH = "/attachments";
    private static final long serialVersionUID = 1L;

    @Inject
    private transient AttachmentService attachments;

    @Inject
    private transient AccessRefusals refusals;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long id = idOf(request.getPathInfo());
        AttachmentDownload download = id == null ? null : download(request, id);
        if (download == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Attachment attachment = download.attachment();
        FileDownload.send(response, attachment.getMediaType(), attachment.getDisplayName(), download.content());
    }

    /** The file, or null for "not found": the service refuses (and audits) what the caller may not have. */
    private AttachmentDownload download(HttpServletRequest request, Long id) {
        if (!request.isUserInRole(Role.ENTERPRISE.name()) && !request.isUserInRole(Role.REVIEWER.name())) {
            // the service serves neither role: refused here, without asking it
            refusals.notFound(AttachmentService.SUBJECT_TYPE, id, null);
            return null;
        }
        try {
            return attachments.download(id);
        } catch (AttachmentRefusedException e) {
            return null;
        }
    }

    /** The id in "/123"; null for anything else. */
    public static Long idOf(String pathInfo) {
        if (pathInfo == null || !pathInfo.matches("/[1-9][0-9]{0,17}")) {
            return null;
        }
        return Long.valueOf(pathInfo.substring(1));
    }
}
