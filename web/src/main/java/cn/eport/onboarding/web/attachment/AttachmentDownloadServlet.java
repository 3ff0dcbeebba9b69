package cn.eport.onboarding.web.attachment;

import cn.eport.onboarding.attachment.Attachment;
import cn.eport.onboarding.attachment.AttachmentDownload;
import cn.eport.onboarding.attachment.AttachmentRefusedException;
import cn.eport.onboarding.attachment.AttachmentService;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Downloads an attachment (F-14): {@code /attachments/{id}}, behind the login that web.xml requires
 * for every URL. Enterprise users get their own enterprise's files, reviewers every file; anything
 * else (no such id, another enterprise's id, another role) is the same 404, so ids cannot be probed.
 * The file is always a download of the type detected at upload, never rendered by the browser.
 */
@WebServlet(urlPatterns = AttachmentDownloadServlet.PATH + "/*")
public class AttachmentDownloadServlet extends HttpServlet {

    public static final String PATH = "/attachments";
    private static final long serialVersionUID = 1L;

    @Inject
    private transient AttachmentService attachments;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long id = idOf(request.getPathInfo());
        AttachmentDownload download = null;
        if (id != null) {
            try {
                download = attachments.download(id);
            } catch (AttachmentRefusedException | EJBAccessException e) {
                download = null;
            }
        }
        if (download == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Attachment attachment = download.attachment();
        byte[] content = download.content();
        response.setContentType(attachment.getMediaType());
        response.setContentLengthLong(content.length);
        response.setHeader("Content-Disposition", ContentDisposition.attachment(attachment.getDisplayName()));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        try (OutputStream out = response.getOutputStream()) {
            out.write(content);
        }
    }

    /** The id in "/123"; null for anything else. */
    static Long idOf(String pathInfo) {
        if (pathInfo == null || !pathInfo.matches("/[1-9][0-9]{0,17}")) {
            return null;
        }
        return Long.valueOf(pathInfo.substring(1));
    }
}
