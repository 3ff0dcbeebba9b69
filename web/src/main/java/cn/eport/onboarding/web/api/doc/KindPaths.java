package cn.eport.onboarding.web.api.doc;

import cn.eport.onboarding.web.api.v1.ApiKind;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the one template of the application kinds' resource ({@code /v1/{kind}…}) out once per
 * {@link ApiKind}: its own paths, operation names ({@code createRegistration}), tag, and the schema
 * of its details as the JSON body of create and update. A client then reads, say,
 * {@code POST /v1/customs-filings} with {@code CustomsFilingDetails}, as if each kind had a resource.
 */
final class KindPaths {

    private static final String JSON = "application/json";

    private KindPaths() {
    }

    static void expand(OpenAPI document, Paths paths) {
        Map<String, PathItem> templates = new LinkedHashMap<>();
        paths.getPathItems().forEach((path, item) -> {
            if (path.startsWith(ApiKind.DOCUMENTED_PATH)) {
                templates.put(path, item);
            }
        });
        if (templates.isEmpty()) {
            return;
        }
        templates.keySet().forEach(paths::removePathItem);
        for (ApiKind kind : ApiKind.values()) {
            templates.forEach((path, item) -> paths.addPathItem(
                    "/v1/" + kind.path() + path.substring(ApiKind.DOCUMENTED_PATH.length()), forKind(item, kind)));
            document.addTag(OASFactory.createTag().name(kind.path()).description(kind.description()));
        }
    }

    private static PathItem forKind(PathItem template, ApiKind kind) {
        PathItem item = OASFactory.createPathItem().parameters(withoutKind(template.getParameters()));
        template.getOperations().forEach((method, operation) -> item.setOperation(method, forKind(operation, kind)));
        return item;
    }

    private static Operation forKind(Operation template, ApiKind kind) {
        return OASFactory.createOperation()
                .operationId(template.getOperationId() + kind.operationSuffix())
                .summary(template.getSummary())
                .description(template.getDescription())
                .tags(List.of(kind.path()))
                .parameters(withoutKind(template.getParameters()))
                .requestBody(body(template.getRequestBody(), kind))
                .responses(template.getResponses())
                .security(template.getSecurity())
                .deprecated(template.getDeprecated())
                .extensions(template.getExtensions());
    }

    /** The kind is in the path now: its parameter goes. */
    private static List<Parameter> withoutKind(List<Parameter> parameters) {
        return parameters == null ? null
                : parameters.stream().filter(p -> !"kind".equals(p.getName())).toList();
    }

    /** A JSON body becomes the kind's details; any other body (an upload) stays as it is. */
    private static RequestBody body(RequestBody template, ApiKind kind) {
        if (template == null || template.getContent() == null || template.getContent().getMediaType(JSON) == null) {
            return template;
        }
        MediaType json = OASFactory.createMediaType().schema(OASFactory.createSchema()
                .ref(kind.detailsType().getSimpleName()));
        Content content = OASFactory.createContent().addMediaType(JSON, json);
        return OASFactory.createRequestBody().description(template.getDescription()).required(template.getRequired())
                .content(content);
    }
}
