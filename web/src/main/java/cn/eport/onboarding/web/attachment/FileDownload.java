package cn.eport.onboarding.web.attachment;

import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A file sent as a download (or, for a document of our own making, shown to print): its type, length and
 * name ({@link ContentDisposition}), never sniffed nor
 * rendered by the browser, never cached by a shared cache.
 */
public final class FileDownload {

    /** Downloads are the caller's own: kept by no cache, shared or not. */
    public static final String CACHE_CONTROL = "private, no-store";

    private FileDownload() {
    }

    public static void send(HttpServletResponse response, String mediaType, String fileName, byte[] content) throws IOException {
        sendAs(response, mediaType, ContentDisposition.attachment(fileName), content);
    }

    /** A document of the application's own making shown in the browser (to read or print), never sniffed nor shared-cached. */
    public static void show(HttpServletResponse response, String mediaType, String fileName, byte[] content) throws IOException {
        sendAs(response, mediaType, ContentDisposition.inline(fileName), content);
    }

    private static void sendAs(HttpServletResponse response, String mediaType, String disposition, byte[] content) throws IOException {
        response.setContentType(mediaType);
        response.setContentLengthLong(content.length);
        response.setHeader("Content-Disposition", disposition);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", CACHE_CONTROL);
        try (OutputStream out = response.getOutputStream()) {
            out.write(content);
        }
    }
}
