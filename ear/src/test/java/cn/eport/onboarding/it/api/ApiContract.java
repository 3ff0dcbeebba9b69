package cn.eport.onboarding.it.api;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import jakarta.json.Json;
import jakarta.json.JsonReader;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.stream.Collectors;

/**
 * The OpenAPI document as a contract (ADR 0031): checks real answers of the API (status, content
 * type, body) against what the document says for that operation. A mismatch is a message naming
 * the operation and what differs; nothing else ever passes.
 */
public final class ApiContract {

    private final OpenApiInteractionValidator validator;

    private ApiContract(OpenApiInteractionValidator validator) {
        this.validator = validator;
    }

    /**
     * The contract of the given document (JSON or YAML), whose server URL is the API's base path. The
     * server adds a member of its own to a JSON document, {@code endpoints} (the scanned paths), which
     * OpenAPI does not know and the parser refuses: it is left out here.
     */
    public static ApiContract of(String document) {
        String specification = document;
        if (document.strip().startsWith("{")) {
            try (JsonReader reader = Json.createReader(new StringReader(document))) {
                specification = Json.createObjectBuilder(reader.readObject()).remove("endpoints").build().toString();
            }
        }
        return new ApiContract(OpenApiInteractionValidator.createForInlineApiSpecification(specification).build());
    }

    /**
     * The deviations of one answer from the document, as one text; empty when it conforms.
     *
     * @param method the request's method
     * @param path   the request's path from the server's root, e.g. {@code /eport/api/v1/me}
     */
    public String deviations(Request.Method method, String path, int status, String contentType, String body) {
        SimpleResponse.Builder response = SimpleResponse.Builder.status(status);
        if (contentType != null) {
            response.withContentType(contentType);
        }
        if (body != null && !body.isEmpty()) {
            response.withBody(body);
        }
        ValidationReport report = validator.validateResponse(path, method, response.build());
        return report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(m -> method + " " + path + " " + status + ": " + m.getMessage())
                .collect(Collectors.joining("\n"));
    }

    /** {@link #deviations} of a response the test received. */
    public String deviations(HttpResponse<String> response) {
        return deviations(Request.Method.valueOf(response.request().method()), response.uri().getRawPath(),
                response.statusCode(), response.headers().firstValue("Content-Type").orElse(null), response.body());
    }
}
