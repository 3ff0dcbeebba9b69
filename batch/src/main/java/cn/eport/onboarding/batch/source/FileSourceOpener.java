package cn.eport.onboarding.batch.source;

import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/** Files in a folder of the server: {@code file:/srv/eport/drop/customs-districts.csv}. */
@ApplicationScoped
public class FileSourceOpener implements SourceOpener {

    @Override
    public boolean reads(URI location) {
        return "file".equalsIgnoreCase(location.getScheme());
    }

    @Override
    public ImportSource source(URI location) {
        return new FileSource(Path.of(location));
    }

    record FileSource(Path path) implements ImportSource {

        @Override
        public String name() {
            return path.toString();
        }

        @Override
        public boolean exists() {
            return Files.isRegularFile(path);
        }

        @Override
        public InputStream open() throws IOException {
            return Files.newInputStream(path);
        }
    }
}
