package cn.eport.onboarding.batch.source;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * Turns a configured location into an {@link ImportSource}: a URI ({@code file:}, {@code http:},
 * {@code https:}) or a plain path, which is a file of the server.
 */
@ApplicationScoped
public class ImportSources {

    @Inject
    private Instance<SourceOpener> openers;

    /** @throws IllegalArgumentException when no opener reads the location (the message names it) */
    public ImportSource of(String location) {
        URI uri = toUri(location);
        for (SourceOpener opener : openers) {
            if (opener.reads(uri)) {
                return opener.source(uri);
            }
        }
        throw new IllegalArgumentException("No way to read " + location + " (file:, http: or https: expected)");
    }

    static URI toUri(String location) {
        String trimmed = location == null ? "" : location.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("No location configured");
        }
        if (trimmed.startsWith("/")) {
            return Path.of(trimmed).toUri();
        }
        try {
            URI uri = new URI(trimmed);
            if (uri.getScheme() == null) {
                return Path.of(trimmed).toAbsolutePath().toUri();
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Not a file path or URL: " + location, e);
        }
    }
}
