package cn.eport.onboarding.web.api.doc;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The scanner writes a record an operation answers with as an inline copy (with its faults) instead
 * of a reference; this puts the reference to the record's component ({@link RecordSchemas}) in its
 * place, for the record itself or the items of an array of it. A record is recognised by its
 * property names, which are the component's. Examples that annotations could only write as JSON text
 * become the JSON they show.
 */
final class ContentSchemas {

    private ContentSchemas() {
    }

    static void link(OpenAPI document) {
        Map<String, Schema> components = document.getComponents().getSchemas();
        components.values().forEach(schema -> schema.setExample(json(schema.getExample())));
        document.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (operation.getResponses() != null) {
                operation.getResponses().getAPIResponses().values()
                        .forEach(response -> link(response.getContent(), components));
            }
            if (operation.getRequestBody() != null) {
                link(operation.getRequestBody().getContent(), components);
            }
        }));
    }

    private static void link(Content content, Map<String, Schema> components) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        for (MediaType media : content.getMediaTypes().values()) {
            if (media.getExamples() != null) {
                media.getExamples().values().forEach(example -> example.setValue(json(example.getValue())));
            }
            Schema schema = media.getSchema();
            if (schema == null || schema.getRef() != null) {
                continue;
            }
            if (schema.getType() == Schema.SchemaType.ARRAY && schema.getItems() != null) {
                component(schema.getItems(), components).ifPresent(name ->
                        media.setSchema(OASFactory.createSchema().type(Schema.SchemaType.ARRAY)
                                .items(OASFactory.createSchema().ref(name))));
            } else {
                component(schema, components).ifPresent(name -> media.setSchema(OASFactory.createSchema().ref(name)));
            }
        }
    }

    /** An example written as JSON text in an annotation, as the JSON it shows. */
    static Object json(Object value) {
        if (value instanceof String text && (text.startsWith("[") || text.startsWith("{"))) {
            return RecordSchemas.json(text);
        }
        return value;
    }

    private static Optional<String> component(Schema inline, Map<String, Schema> components) {
        if (inline.getRef() != null || inline.getProperties() == null || inline.getProperties().isEmpty()) {
            return Optional.empty();
        }
        Set<String> names = inline.getProperties().keySet();
        return components.entrySet().stream()
                .filter(c -> c.getValue().getProperties() != null && Objects.equals(c.getValue().getProperties().keySet(), names))
                .map(Map.Entry::getKey).findFirst();
    }
}
