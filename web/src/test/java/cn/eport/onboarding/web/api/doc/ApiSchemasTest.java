package cn.eport.onboarding.web.api.doc;

import cn.eport.onboarding.web.api.v1.ApiKind;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApiSchemasTest {

    /** Each kind's example body (shown by the document, posted by OpenApiDocumentIT) names only fields of its details. */
    @Test
    void everyKindsExampleUsesTheFieldsOfItsDetails() {
        for (ApiKind kind : ApiKind.values()) {
            Map<?, ?> example = assertInstanceOf(Map.class, RecordSchemas.json(ApiSchemas.example(kind)), kind.path());
            Set<String> fields = Arrays.stream(kind.detailsType().getDeclaredFields()).map(Field::getName).collect(Collectors.toSet());
            assertTrue(fields.containsAll(example.keySet()), kind.path() + ": " + example.keySet() + " not all in " + fields);
        }
    }

    @Test
    void jsonTextBecomesPlainValues() {
        assertEquals(java.util.List.of("MODIFY", "DECLARE"), RecordSchemas.json("[\"MODIFY\", \"DECLARE\"]"));
        assertEquals(Map.of("code", "0200"), RecordSchemas.json("{\"code\":\"0200\"}"));
    }
}
