package cn.eport.onboarding.web.error;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** Sends an error status with the page of a chosen kind (the container renders WEB-INF/errors/error.xhtml). */
public final class ErrorPages {

    /** The request attribute that names the kind of page the application chose. */
    static final String KIND_ATTRIBUTE = ErrorPages.class.getName() + ".kind";

    private ErrorPages() {
    }

    public static void send(HttpServletRequest request, HttpServletResponse response, int status, ErrorKind kind)
            throws IOException {
        request.setAttribute(KIND_ATTRIBUTE, kind);
        response.sendError(status);
    }
}
