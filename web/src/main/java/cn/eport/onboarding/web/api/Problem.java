package cn.eport.onboarding.web.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Map;

/**
 * The JSON body of every refused API request: RFC 9457 problem details ({@value #MEDIA_TYPE}).
 * {@code type} is {@code about:blank}, so {@code title} is the status's reason phrase; {@code detail}
 * says what was wrong where it helps the caller, and {@code accepted} lists the values that would
 * have been accepted. Nothing in it names the server's products or classes.
 *
 * @param type     the problem type: {@code about:blank} (the HTTP status says it all)
 * @param title    the status's reason phrase
 * @param status   the HTTP status
 * @param detail   what was wrong, or null
 * @param accepted the values that would have been accepted, or null
 * @param errors   what is wrong with each field of the request's body (422), or null
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "accepted", "errors"})
public record Problem(String type, String title, int status, String detail, List<String> accepted,
                      List<FieldError> errors) {

    /** One field's problem: its name in the request's JSON and the text the page shows at that field. */
    public record FieldError(String field, String message) {
    }

    public static final String MEDIA_TYPE = "application/problem+json";
    /** Reason phrases the REST API's status enum lacks. */
    private static final Map<Integer, String> OTHER_TITLES = Map.of(422, "Unprocessable Entity", 428, "Precondition Required");

    public static Problem of(int status, String detail) {
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : OTHER_TITLES.getOrDefault(status, "Error");
        return new Problem("about:blank", title, status, detail, null, null);
    }

    public Problem accepting(List<String> values) {
        return new Problem(type, title, status, detail, List.copyOf(values), errors);
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, accepted, List.copyOf(fieldErrors));
    }

    /** As the answer of a resource method. */
    public Response response() {
        return Response.status(status).entity(this).type(MEDIA_TYPE).build();
    }
}
