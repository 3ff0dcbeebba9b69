package cn.eport.onboarding.web.api.doc;

import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Takes out what Payara writes into every schema it builds from a {@code @Schema} annotation: the
 * annotation's default values ({@code maxProperties: 0}, {@code minLength: 0}, {@code nullable: false},
 * ...) as if they had been set. Most only add noise, but {@code maxProperties: 0} says "an object
 * without members", which no answer of the API is: a client validating against the document
 * would refuse every answer (the contract test did). Each of them, left out, means the same as its
 * default in OpenAPI 3.0, except {@code maxProperties}, which left out means no limit.
 */
final class AnnotationDefaults {

    private AnnotationDefaults() {
    }

    static void removeFrom(Schema schema) {
        if (Integer.valueOf(0).equals(schema.getMaxProperties())) {
            schema.setMaxProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinProperties())) {
            schema.setMinProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinLength())) {
            schema.setMinLength(null);
        }
        if (Boolean.FALSE.equals(schema.getUniqueItems())) {
            schema.setUniqueItems(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMaximum())) {
            schema.setExclusiveMaximum(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMinimum())) {
            schema.setExclusiveMinimum(null);
        }
        if (Boolean.FALSE.equals(schema.getNullable())) {
            schema.setNullable(null);
        }
        if (Boolean.FALSE.equals(schema.getReadOnly())) {
            schema.setReadOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getWriteOnly())) {
            schema.setWriteOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getDeprecated())) {
            schema.setDeprecated(null);
        }
    }
}
