package cn.eport.onboarding.batch.source;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * The folder where downloaded files wait to be read ({@code eport.batch.spool-dir}). A download of
 * a job instance is named by the instance and the URL, so every pass of the instance (counting,
 * reading, a restart after a crash) reads the same bytes; {@link #release(long)} deletes an
 * instance's files once it is done, and {@link #deleteOlderThan} deletes whatever is left after
 * the maximum age (checked at each download). Downloads outside a job get a name of their own.
 */
final class HttpSpool {

    private static final Logger LOG = Logger.getLogger(HttpSpool.class.getName());
    private static final String PART = ".part";

    private final Path folder;

    HttpSpool(Path folder) {
        this.folder = folder;
    }

    Path folder() {
        return folder;
    }

    /** Where the download of this URL for this job instance (null: outside a job) is kept. */
    Path fileFor(URI location, Long jobInstance) {
        String owner = jobInstance == null ? "once-" + UUID.randomUUID() : "job-" + jobInstance;
        return folder.resolve(owner + "-" + digest(location.toString()) + extensionOf(location));
    }

    /** The file a download is written to before it is complete. */
    static Path partOf(Path file) {
        return file.resolveSibling(file.getFileName() + PART);
    }

    /** Deletes the downloads of a job instance (call it when the instance is done). */
    void release(long jobInstance) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "job-" + jobInstance + "-*")) {
            for (Path file : files) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** Deletes spool files last written before {@code maxAge} ago. */
    void deleteOlderThan(Duration maxAge) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        FileTime limit = FileTime.from(Instant.now().minus(maxAge));
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                if (Files.isRegularFile(file) && Files.getLastModifiedTime(file).compareTo(limit) < 0) {
                    Files.deleteIfExists(file);
                    LOG.fine(() -> "Spool file deleted after its maximum age: " + file.getFileName());
                }
            }
        } catch (IOException e) {
            LOG.warning(() -> "Spool folder " + folder + " could not be cleaned: " + e);
        }
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The URL path's extension ({@code .csv}, {@code .xml}), so an operator knows the file; else none. */
    static String extensionOf(URI location) {
        String path = location.getPath() == null ? "" : location.getPath();
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot);
        return extension.matches("\\.[A-Za-z0-9]{1,8}") ? extension : "";
    }
}
