package cn.eport.onboarding.web.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Writes a {@link Problem} outside JAX-RS, for API requests refused before they reach a resource
 * (no session, a foreign origin): the same JSON as the API's own answers. The security headers
 * come from SecurityHeaders, as on every other answer.
 */
public final class Problems {

    private static final Jsonb JSON = JsonbBuilder.create();

    private Problems() {
    }

    public static void write(HttpServletResponse response, int status, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.toJson(Problem.of(status, detail)));
    }
}
