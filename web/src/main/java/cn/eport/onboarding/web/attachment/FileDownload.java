package cn.eport.onboarding.web.attachment;

import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A file sent as a download: its type, length and name ({@link ContentDisposition}), never sniffed nor
 * rendered by the browser, never cached by a shared cache.
 */
public final class FileDownload {

    private FileDownload() {
    }

    public static void send(HttpServletResponse response, String mediaType, String fileName, byte[] content) throws IOException {
        response.setContentType(mediaType);
        response.setContentLengthLong(content.length);
        response.setHeader("Content-Disposition", ContentDisposition.attachment(fileName));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        try (OutputStream out = response.getOutputStream()) {
            out.write(content);
        }
    }
}
