package cn.eport.onboarding.declaration;

import cn.eport.onboarding.workflow.ApplicationKind;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;

/**
 * A {@link Declaration} as the JSON text a snapshot stores, and back. The names are this class's, not
 * the records' (renaming a component must not change what old snapshots mean); a text's SHA-256 is
 * taken over its UTF-8 bytes.
 */
public final class DeclarationJson {

    private DeclarationJson() {
    }

    public static String write(Declaration d) {
        JsonArrayBuilder fields = Json.createArrayBuilder();
        for (DeclaredField f : d.fields()) {
            JsonObjectBuilder field = Json.createObjectBuilder()
                    .add("field", f.field()).add("labelKey", f.labelKey()).add("value", f.value()).add("display", f.display());
            fields.add(f.displayEn() == null ? field.addNull("displayEn") : field.add("displayEn", f.displayEn()));
        }
        JsonArrayBuilder attachments = Json.createArrayBuilder();
        for (DeclaredAttachment a : d.attachments()) {
            attachments.add(Json.createObjectBuilder().add("attachmentId", a.attachmentId()).add("documentType", a.documentType())
                    .add("fileName", a.fileName()).add("size", a.size()).add("sha256", a.sha256()));
        }
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("kind", d.kind().name())
                .add("applicationId", d.applicationId())
                .add("number", d.number())
                .add("enterpriseUscc", d.enterpriseUscc())
                .add("enterpriseName", d.enterpriseName())
                .add("round", d.round())
                .add("declaredAt", d.declaredAt().toString())
                .add("declaredBy", d.declaredBy())
                .add("fields", fields)
                .add("attachments", attachments);
        return json.build().toString();
    }

    public static Declaration read(String text) {
        JsonObject json;
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            json = reader.readObject();
        }
        List<DeclaredField> fields = json.getJsonArray("fields").getValuesAs(JsonObject.class).stream()
                .map(f -> new DeclaredField(f.getString("field"), f.getString("labelKey"), f.getString("value"),
                        f.getString("display"), f.isNull("displayEn") ? null : f.getString("displayEn")))
                .toList();
        List<DeclaredAttachment> attachments = json.getJsonArray("attachments").getValuesAs(JsonObject.class).stream()
                .map(a -> new DeclaredAttachment(a.getJsonNumber("attachmentId").longValue(), a.getString("documentType"),
                        a.getString("fileName"), a.getJsonNumber("size").longValue(), a.getString("sha256")))
                .toList();
        return new Declaration(ApplicationKind.valueOf(json.getString("kind")), json.getJsonNumber("applicationId").longValue(),
                json.getString("number"), json.getString("enterpriseUscc"), json.getString("enterpriseName"), json.getInt("round"),
                Instant.parse(json.getString("declaredAt")), json.getString("declaredBy"), fields, attachments);
    }

}
