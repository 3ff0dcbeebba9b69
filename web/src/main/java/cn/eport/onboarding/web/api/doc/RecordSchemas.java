package cn.eport.onboarding.web.api.doc;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.Column;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.io.StringReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The component schemas of the API's JSON records, written from the records themselves: what JSON-B
 * writes, so what a client receives. The server's scanner cannot look into types outside the WAR
 * (enums of the services, {@code java.time}) and writes them as objects, longs as numbers with
 * string examples, sets as arrays of arrays; these are correct: enums as strings with their
 * constants, instants and dates as strings with their formats, whole numbers as integers, records as
 * references. Descriptions and examples come from each component's {@code @Schema}; a schema's own
 * example is its properties' examples, or the record's example file when it has one.
 */
final class RecordSchemas {

    private final Map<String, Schema> schemas = new LinkedHashMap<>();
    private final Map<String, Object> examples = new LinkedHashMap<>();
    private final Map<Class<?>, Object> givenExamples;

    /** @param givenExamples whole examples of some records (the details a kind's create takes) */
    RecordSchemas(Map<Class<?>, Object> givenExamples) {
        this.givenExamples = givenExamples;
    }

    /** The schemas of these records and of every record they hold, by their component names. */
    Map<String, Schema> of(List<Class<?>> roots) {
        roots.forEach(this::component);
        return schemas;
    }

    static String name(Class<?> type) {
        org.eclipse.microprofile.openapi.annotations.media.Schema annotation =
                type.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
        return annotation != null && !annotation.name().isEmpty() ? annotation.name() : type.getSimpleName();
    }

    /** A reference to the record's component, written (once) when it is new. */
    private Schema component(Class<?> type) {
        String name = name(type);
        if (!schemas.containsKey(name)) {
            schemas.put(name, null);
            Schema schema = OASFactory.createSchema().type(Schema.SchemaType.OBJECT);
            org.eclipse.microprofile.openapi.annotations.media.Schema annotation =
                    type.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
            if (annotation != null && !annotation.description().isEmpty()) {
                schema.description(annotation.description());
            }
            Map<String, Object> example = new LinkedHashMap<>();
            for (Member member : members(type)) {
                Schema property = property(member.type(), member.field());
                schema.addProperty(member.name(), property);
                Object value = property.getExample() != null ? property.getExample() : exampleOf(property);
                if (value != null) {
                    example.put(member.name(), value);
                }
            }
            Object whole = givenExamples.getOrDefault(type, example);
            schema.example(whole);
            schemas.put(name, schema);
            examples.put(name, whole);
        }
        return OASFactory.createSchema().ref(name);
    }

    private Schema property(Type type, Field field) {
        org.eclipse.microprofile.openapi.annotations.media.Schema annotation = field == null ? null
                : field.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
        Schema schema = schemaOf(type);
        Column column = field == null ? null : field.getAnnotation(Column.class);
        if (column != null && schema.getType() == Schema.SchemaType.STRING && schema.getFormat() == null
                && schema.getEnumeration() == null) {
            schema.maxLength(column.length());
        }
        if (annotation != null) {
            if (!annotation.description().isEmpty()) {
                schema = schema.getRef() == null ? schema : OASFactory.createSchema().allOf(List.of(schema));
                schema.description(annotation.description());
            }
            if (!annotation.example().isEmpty()) {
                schema.example(typed(annotation.example(), schema));
            }
        }
        return schema;
    }

    private Schema schemaOf(Type type) {
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> raw
                && Collection.class.isAssignableFrom(raw)) {
            return OASFactory.createSchema().type(Schema.SchemaType.ARRAY)
                    .items(schemaOf(parameterized.getActualTypeArguments()[0]));
        }
        Class<?> raw = type instanceof Class<?> c ? c : Object.class;
        if (raw == String.class) {
            return string(null);
        }
        if (raw == int.class || raw == Integer.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int32");
        }
        if (raw == long.class || raw == Long.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int64");
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.BOOLEAN);
        }
        if (raw == BigDecimal.class || raw == double.class || raw == Double.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.NUMBER);
        }
        if (raw == Instant.class) {
            return string("date-time");
        }
        if (raw == LocalDate.class) {
            return string("date");
        }
        if (raw.isEnum()) {
            return constants(raw.asSubclass(Enum.class));
        }
        if (raw.isRecord()) {
            return component(raw);
        }
        // free-form: the details of an application, whose kind's schema the operation names
        return OASFactory.createSchema().type(Schema.SchemaType.OBJECT);
    }

    /** An enum as JSON-B writes it: a string, one of the constants' names. */
    static Schema constants(Class<? extends Enum> type) {
        return string(null).enumeration(Arrays.stream(type.getEnumConstants()).map(c -> (Object) c.name()).toList());
    }

    private static Schema string(String format) {
        Schema schema = OASFactory.createSchema().type(Schema.SchemaType.STRING);
        return format == null ? schema : schema.format(format);
    }

    /** An example for a property that has none of its own: a record's, an enum's first constant, a format's. */
    private Object exampleOf(Schema property) {
        if (property.getRef() != null) {
            return examples.get(property.getRef().substring(property.getRef().lastIndexOf('/') + 1));
        }
        if (property.getEnumeration() != null && !property.getEnumeration().isEmpty()) {
            return property.getEnumeration().get(0);
        }
        if (property.getType() == Schema.SchemaType.ARRAY && property.getItems() != null) {
            Object item = exampleOf(property.getItems());
            return item == null ? List.of() : List.of(item);
        }
        if ("date-time".equals(property.getFormat())) {
            return "2026-12-06T06:00:00Z";
        }
        return "date".equals(property.getFormat()) ? "2026-12-06" : null;
    }

    /** An annotation's example (always text) as the JSON value the property holds. */
    static Object typed(String example, Schema schema) {
        Schema.SchemaType type = schema.getType();
        if (type == Schema.SchemaType.INTEGER) {
            return Long.valueOf(example);
        }
        if (type == Schema.SchemaType.NUMBER) {
            return new BigDecimal(example);
        }
        if (type == Schema.SchemaType.ARRAY || (type == Schema.SchemaType.OBJECT && example.startsWith("{"))) {
            return json(example);
        }
        return example;
    }

    /** JSON text as plain Java values (maps, lists, strings, numbers, booleans), as the document writes them. */
    static Object json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return plain(reader.readValue());
        }
    }

    private static Object plain(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                ((JsonObject) value).forEach((k, v) -> map.put(k, plain(v)));
                yield map;
            }
            case ARRAY -> {
                List<Object> list = new ArrayList<>();
                ((JsonArray) value).forEach(v -> list.add(plain(v)));
                yield list;
            }
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).bigDecimalValue();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NULL -> null;
        };
    }

    private record Member(String name, Type type, Field field) {
    }

    /** A record's components, or a class's instance fields that have a public getter (as JSON-B reads them). */
    private static List<Member> members(Class<?> type) {
        List<Member> members = new ArrayList<>();
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                members.add(new Member(component.getName(), component.getGenericType(), field(type, component.getName())));
            }
            return members;
        }
        for (Field field : type.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (!Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers) && hasGetter(type, field)) {
                members.add(new Member(field.getName(), field.getGenericType(), field));
            }
        }
        return members;
    }

    private static boolean hasGetter(Class<?> type, Field field) {
        String suffix = Character.toUpperCase(field.getName().charAt(0)) + field.getName().substring(1);
        return Arrays.stream(type.getMethods()).anyMatch(m -> m.getParameterCount() == 0
                && (m.getName().equals("get" + suffix) || m.getName().equals("is" + suffix)));
    }

    private static Field field(Class<?> type, String name) {
        try {
            return type.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            return null;
        }
    }
}
