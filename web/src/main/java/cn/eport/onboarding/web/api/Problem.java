package cn.eport.onboarding.web.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * The JSON body of every refused API request: RFC 9457 problem details ({@value #MEDIA_TYPE}).
 * {@code type} is {@code about:blank}, so {@code title} is the status's reason phrase; {@code detail}
 * says what was wrong where it helps the caller, and {@code accepted} lists the values that would
 * have been accepted. Nothing in it names the server's products or classes. On the token API
 * ({@code /api/v1}) {@code detail} is in the caller's language ({@link ApiLanguage}), {@code code} is a
 * stable machine name of the problem where a client may act on it ({@code concurrent-change}), and
 * {@code errors} lists the problems of single fields with the texts the pages show ({@link ApiProblems}).
 * Absent members are left out of the JSON.
 *
 * @param type     the problem type: {@code about:blank} (the HTTP status says it all)
 * @param title    the status's reason phrase
 * @param status   the HTTP status
 * @param detail   what was wrong, or null
 * @param code     a stable name of the problem (lower case, hyphens), or null
 * @param accepted the values that would have been accepted, or null
 * @param errors   the problems of single fields, or null
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "code", "accepted", "errors"})
public record Problem(String type, String title, int status, String detail, String code, List<String> accepted,
                      List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    /** RFC 9110's status for content that is well-formed but refused (not in JAX-RS's Status). */
    public static final int UNPROCESSABLE_CONTENT = 422;

    public static Problem of(int status, String detail) {
        return new Problem("about:blank", reasonPhrase(status), status, detail, null, null, null);
    }

    public Problem accepting(List<String> values) {
        return new Problem(type, title, status, detail, code, List.copyOf(values), errors);
    }

    public Problem withCode(String problemCode) {
        return new Problem(type, title, status, detail, problemCode, accepted, errors);
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, code, accepted, List.copyOf(fieldErrors));
    }

    private static String reasonPhrase(int status) {
        if (status == UNPROCESSABLE_CONTENT) {
            return "Unprocessable Content";
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        return known == null ? "Error" : known.getReasonPhrase();
    }

    /** As the answer of a resource method. */
    public Response response() {
        return Response.status(status).entity(this).type(MEDIA_TYPE).build();
    }
}
