package cn.eport.onboarding.web.attachment;

import cn.eport.onboarding.attachment.AttachmentRefusedException;
import cn.eport.onboarding.web.i18n.LocaleBacking;
import cn.eport.onboarding.web.i18n.Messages;
import cn.eport.onboarding.web.i18n.SupportedLanguage;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Uploads larger than the Faces servlet takes (its multipart-config in web.xml) are answered here,
 * before anything parses the request, with 413 and the manual's message ("系统目前只支持4M以下的文件")
 * instead of the container's failure while reading the parts. Files from 4 MB up to these limits do
 * reach the attachment service, which refuses them with the same message; the panel's script keeps
 * files above {@link #BROWSER_LIMIT} in the browser and shows the message for a 413 too.
 */
@WebFilter(servletNames = "Faces Servlet")
public class UploadSizeFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The largest multipart request the Faces servlet takes: max-request-size and max-file-size in web.xml. */
    public static final long REQUEST_LIMIT = 6L * 1024 * 1024;
    /** The largest file the panel sends: leaves room in {@link #REQUEST_LIMIT} for the form's other fields. */
    public static final long BROWSER_LIMIT = 5L * 1024 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (isMultipart(request) && request.getContentLengthLong() > REQUEST_LIMIT) {
            refuse(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return "POST".equals(request.getMethod()) && type != null
                && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SupportedLanguage language = SupportedLanguage.fromTag(cookie(request));
        ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, language.locale());
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        // the rest of the body is not wanted: do not keep the connection for it
        response.setHeader("Connection", "close");
        response.setContentType("text/html;charset=UTF-8");
        String message = bundle.getString(AttachmentRefusedException.Reason.TOO_LARGE.bundleKey());
        try (PrintWriter out = response.getWriter()) {
            out.print("<!DOCTYPE html><html lang=\"" + language.tag() + "\"><head><meta charset=\"UTF-8\"><title>"
                    + message + "</title></head><body><p id=\"upload-too-large\">" + message
                    + "</p><p><a href=\"" + attribute(formPage(request)) + "\">" + bundle.getString("common.back")
                    + "</a></p></body></html>");
        }
    }

    /** The page the upload was posted from (a link, not script: the Content-Security-Policy runs no javascript: URL). */
    private static String formPage(HttpServletRequest request) {
        return request.getQueryString() == null ? request.getRequestURI() : request.getRequestURI() + "?" + request.getQueryString();
    }

    private static String attribute(String value) {
        return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String cookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? null : Arrays.stream(cookies).filter(c -> LocaleBacking.COOKIE.equals(c.getName()))
                .map(Cookie::getValue).findFirst().orElse(null);
    }
}
