package cn.eport.onboarding.upstream;

import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The files code-table-sync fetches by URL: from the folder of the system property
 * {@code upstream.files.dir} when it is set, else the samples bundled in the WAR
 * ({@code upstream/files/}). Only plain names (letters, digits, {@code . _ -}, not starting with a
 * dot) are served: never a path.
 */
@ApplicationScoped
public class ServedFiles {

    static final String FOLDER_PROPERTY = "upstream.files.dir";
    private static final String BUNDLED = "upstream/files/";
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0,200}");

    /** The file's content, empty for an unknown or unacceptable name. */
    public Optional<InputStream> open(String name) throws IOException {
        if (name == null || !PLAIN_NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        String folder = System.getProperty(FOLDER_PROPERTY);
        if (folder != null && !folder.isBlank()) {
            Path file = Path.of(folder).resolve(name);
            return Files.isRegularFile(file) ? Optional.of(Files.newInputStream(file)) : Optional.empty();
        }
        return Optional.ofNullable(ServedFiles.class.getClassLoader().getResourceAsStream(BUNDLED + name));
    }

    /** Content-Type by extension; CSV without a charset, since the files are UTF-8 or GB18030. */
    public static String contentTypeOf(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv")) {
            return "text/csv";
        }
        if (lower.endsWith(".xml")) {
            return "application/xml";
        }
        if (lower.endsWith(".json")) {
            return "application/json";
        }
        if (lower.endsWith(".txt")) {
            return "text/plain";
        }
        return "application/octet-stream";
    }
}
