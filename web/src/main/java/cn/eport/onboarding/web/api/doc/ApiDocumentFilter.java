package cn.eport.onboarding.web.api.doc;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.tags.Tag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps the published API only (ADR 0031): the paths under {@code /api/v1}, written relative to the
 * server {@value ApiDocumentReader#SERVER}. The pages' own JSON (/api/codes, /api/session,
 * /api/batch) is not a contract with anyone and stays out. Every kept operation answers 401 without
 * a valid token and 500 on an unexpected failure, so those two refer to the shared problem
 * responses when the resource did not say them itself. Schemas lose Payara's written-out annotation
 * defaults ({@link AnnotationDefaults}). Named in config/src/main/payara/domain.asadmin (mp.openapi.filter).
 */
public class ApiDocumentFilter implements OASFilter {

    /** The published API's prefix as the server scans it (application path + version). */
    static final String SCANNED_PREFIX = "/api/v1/";
    private static final String APPLICATION_PATH = "/api";
    private static final List<String> ALWAYS = List.of("401", "500");

    @Override
    public void filterOpenAPI(OpenAPI document) {
        Paths published = OASFactory.createPaths();
        Map<String, PathItem> scanned = document.getPaths() == null ? Map.of() : document.getPaths().getPathItems();
        if (scanned != null) {
            scanned.forEach((path, item) -> {
                String relative = published(path);
                if (relative != null) {
                    item.getOperations().values().forEach(ApiDocumentFilter::addSharedResponses);
                    published.addPathItem(relative, item);
                }
            });
        }
        KindPaths.expand(document, published);
        document.setTags(oncePerName(document.getTags()));
        ApiSchemas.writeInto(document);
        ContentSchemas.link(document);
        document.paths(published);
        document.servers(List.of(OASFactory.createServer().url(ApiDocumentReader.SERVER)
                .description("本服务器 / this server")));
    }

    /** A path parameter is always required (OpenAPI 3.0); the scanner writes {@code required: false}. */
    @Override
    public Parameter filterParameter(Parameter parameter) {
        if (parameter.getIn() == Parameter.In.PATH) {
            parameter.setRequired(true);
        }
        return parameter;
    }

    @Override
    public Schema filterSchema(Schema schema) {
        AnnotationDefaults.removeFrom(schema);
        return schema;
    }

    /** The path relative to the server when it belongs to the published API, else null. */
    static String published(String scannedPath) {
        String path = scannedPath.startsWith("/") ? scannedPath : "/" + scannedPath;
        if (path.startsWith(SCANNED_PREFIX)) {
            return path.substring(APPLICATION_PATH.length());
        }
        return path.startsWith("/v1/") ? path : null;
    }

    private static void addSharedResponses(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.responses(responses);
        }
        for (String status : ALWAYS) {
            if (!responses.hasAPIResponse(status)) {
                responses.addAPIResponse(status, OASFactory.createAPIResponse().ref(status));
            }
        }
    }

    /** The scanner adds the resources' tags beside the reader's: each name once, the first (described) one. */
    static List<Tag> oncePerName(List<Tag> tags) {
        if (tags == null) {
            return null;
        }
        Map<String, Tag> byName = new LinkedHashMap<>();
        tags.forEach(tag -> byName.merge(tag.getName(), tag, (first, second) -> first.getDescription() != null ? first : second));
        return new ArrayList<>(byName.values());
    }
}
