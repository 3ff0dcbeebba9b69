package cn.eport.onboarding.upstream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The directory records upstream answers with: {@code upstream/directories.json} in the WAR, the
 * demo enterprises of the product's DemoData (UpstreamDataTest keeps them equal), one array of
 * answer objects per resource of docs/directories-http.md.
 */
@ApplicationScoped
public class Directories {

    static final String DATA = "upstream/directories.json";
    static final String PENDING_FILINGS = "pending-filings";

    private final Map<String, List<JsonObject>> records;

    public Directories() {
        this(Directories.class.getClassLoader().getResourceAsStream(DATA));
    }

    Directories(InputStream data) {
        if (data == null) {
            throw new IllegalStateException(DATA + " is missing from the WAR");
        }
        try (data; JsonReader reader = Json.createReader(data)) {
            records = reader.readObject().entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,
                    entry -> entry.getValue().asJsonArray().stream().map(JsonValue::asJsonObject).toList()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean serves(String resource) {
        return records.containsKey(resource);
    }

    /**
     * The answer of a directory, empty when it does not know the enterprise. Pending filings: the
     * oldest of the system (and kind, when given), as the contract says.
     */
    public Optional<JsonObject> find(String resource, String uscc, String system, String kind) {
        return records.getOrDefault(resource, List.of()).stream()
                .filter(record -> uscc.equals(record.getString("uscc", null)))
                .filter(record -> !PENDING_FILINGS.equals(resource)
                        || (record.getString("system").equals(system) && (kind == null || record.getString("kind").equals(kind))))
                .min(Comparator.comparing(record -> record.getString("since", "")));
    }

    /** What a directory service answers: a status and, for 200, the JSON record. */
    public record Answer(int status, String body) {
    }

    /**
     * The answer of {@code GET {resource}/{uscc}}: 200 with the record, 404 for an enterprise the
     * directory does not know or a resource it does not serve, 400 for pending filings without a
     * system.
     */
    public Answer answer(String resource, String uscc, String system, String kind) {
        if (!serves(resource)) {
            return new Answer(404, null);
        }
        if (PENDING_FILINGS.equals(resource) && (system == null || system.isBlank())) {
            return new Answer(400, "system is required (OLD_SYSTEM or RA_SYSTEM)");
        }
        return find(resource, uscc, system, kind).map(record -> new Answer(200, record.toString()))
                .orElseGet(() -> new Answer(404, null));
    }

    /** Every record of a resource (for tests). */
    List<JsonObject> all(String resource) {
        return records.getOrDefault(resource, List.of());
    }
}
