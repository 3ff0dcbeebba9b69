package cn.eport.onboarding.batch.source;

import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

/**
 * Files at {@code http:} and {@code https:} URLs. The first {@link ImportSource#exists()} or
 * {@link ImportSource#open()} downloads the file once, through MicroProfile Rest Client with
 * MicroProfile Fault Tolerance ({@link HttpDownloads}: timeout, retries, circuit breaker), into the
 * spool folder ({@link HttpSpool}); every pass then reads that file. Inside a job the download is
 * kept per job instance, so a restart reads the same bytes as the run it continues.
 * <ul>
 * <li>200: downloaded</li>
 * <li>404, 410: the file is not there: {@code exists()} is false, {@code open()} a
 * {@link FileNotFoundException}</li>
 * <li>timeout, connection failure, 5xx, 429: retried, then {@link HttpDownloadFailure}</li>
 * <li>any other status: {@link HttpDownloadFailure} at once (check the URL)</li>
 * </ul>
 * Messages and logs name the URL without user info and query (either may carry credentials).
 */
@ApplicationScoped
public class HttpSourceOpener implements SourceOpener {

    private static final Logger LOG = Logger.getLogger(HttpSourceOpener.class.getName());
    private static final String DISABLE_DEFAULT_MAPPER = "microprofile.rest.client.disable.default.mapper";

    @Inject
    private Config config;

    @Inject
    private HttpDownloads downloads;

    @Inject
    private Instance<JobContext> jobContext;

    @Override
    public boolean reads(URI location) {
        String scheme = location.getScheme() == null ? "" : location.getScheme().toLowerCase(Locale.ROOT);
        return scheme.equals("http") || scheme.equals("https");
    }

    @Override
    public ImportSource source(URI location) {
        return source(location, HttpDownloadSettings.read(key -> config.getOptionalValue(key, String.class)));
    }

    /** A source with the given settings (the configured ones: {@link #source(URI)}). */
    public ImportSource source(URI location, HttpDownloadSettings settings) {
        if (!reads(location) || location.getHost() == null) {
            throw new IllegalArgumentException("Not an http or https URL: " + safeName(location));
        }
        return new HttpSource(location, settings, currentJobInstance());
    }

    /** Deletes the downloads of a job instance; for the job's end (a listener). */
    public void release(long jobInstance) throws IOException {
        new HttpSpool(HttpDownloadSettings.read(key -> config.getOptionalValue(key, String.class)).spoolDir())
                .release(jobInstance);
    }

    /** The job instance this thread runs for, null outside a job. */
    private Long currentJobInstance() {
        try {
            if (jobContext.isResolvable()) {
                JobContext context = jobContext.get();
                return context == null ? null : context.getInstanceId();
            }
        } catch (RuntimeException e) {
            // not in a job: the batch runtime's context is not active on this thread
        }
        return null;
    }

    /** The URL as operators and logs see it: no user info, no query, no fragment. */
    static String safeName(URI location) {
        StringBuilder name = new StringBuilder();
        if (location.getScheme() != null) {
            name.append(location.getScheme()).append("://");
        }
        if (location.getHost() != null) {
            name.append(location.getHost());
            if (location.getPort() >= 0) {
                name.append(':').append(location.getPort());
            }
        }
        if (location.getRawPath() != null) {
            name.append(location.getRawPath());
        }
        return name.toString();
    }

    /** One URL of one job instance: downloaded at the first use, then read from the spool file. */
    private final class HttpSource implements ImportSource {

        private final URI location;
        private final HttpDownloadSettings settings;
        private final HttpSpool spool;
        private final Path file;
        private Boolean found;

        HttpSource(URI location, HttpDownloadSettings settings, Long jobInstance) {
            this.location = location;
            this.settings = settings;
            this.spool = new HttpSpool(settings.spoolDir());
            this.file = spool.fileFor(location, jobInstance);
        }

        @Override
        public String name() {
            return safeName(location);
        }

        @Override
        public synchronized boolean exists() throws IOException {
            if (found == null) {
                found = Files.isRegularFile(file) || download();
            }
            return found;
        }

        @Override
        public InputStream open() throws IOException {
            if (!exists()) {
                throw new FileNotFoundException("文件不存在：" + name() + "（服务器答复 HTTP 404）");
            }
            return Files.newInputStream(file);
        }

        /** Downloads into the spool file; false when the server says the file is not there. */
        private boolean download() throws IOException {
            Files.createDirectories(spool.folder());
            spool.deleteOlderThan(settings.spoolMaxAge());
            HttpFileService service = RestClientBuilder.newBuilder()
                    .baseUri(location)
                    .connectTimeout(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                    .readTimeout(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                    .followRedirects(false)
                    .property(DISABLE_DEFAULT_MAPPER, Boolean.TRUE)
                    .build(HttpFileService.class);
            AtomicInteger attempts = new AtomicInteger();
            try {
                boolean downloaded = downloads.download(() -> {
                    attempts.incrementAndGet();
                    return attempt(service);
                });
                LOG.info(() -> downloaded ? "Downloaded " + name() + " to " + file + " (" + size() + " bytes)"
                        : "Not found: " + name());
                return downloaded;
            } catch (HttpDownloadFailure e) {
                throw failed(e.getMessage(), attempts.get());
            } catch (CircuitBreakerOpenException e) {
                throw failed("近期下载连续失败，暂停下载（断路器打开），请稍后重新运行", attempts.get());
            } catch (FaultToleranceException e) {
                throw failed("下载超时（超过 " + settings.faultTolerance().timeoutMs() + " 毫秒）", attempts.get());
            } finally {
                Files.deleteIfExists(HttpSpool.partOf(file));
            }
        }

        private IOException failed(String problem, int attempts) {
            String message = "无法下载 " + name() + "：" + problem + "（共尝试 " + attempts + " 次）";
            LOG.warning(message);
            return new HttpDownloadFailure(message);
        }

        private long size() {
            try {
                return Files.size(file);
            } catch (IOException e) {
                return -1;
            }
        }

        /** One attempt: true when downloaded, false for 404/410. */
        private boolean attempt(HttpFileService service) throws IOException {
            try (Response response = fetch(service)) {
                int status = response.getStatus();
                if (status == 404 || status == 410) {
                    return false;
                }
                if (status >= 500 || status == 429) {
                    throw new HttpDownloadFailure.Unreachable("服务器答复 HTTP " + status);
                }
                if (status != 200) {
                    throw new HttpDownloadFailure("服务器答复 HTTP " + status + "，请检查配置的地址");
                }
                Path part = HttpSpool.partOf(file);
                try (InputStream body = response.readEntity(InputStream.class)) {
                    Files.copy(body, part, StandardCopyOption.REPLACE_EXISTING);
                }
                Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return true;
            } catch (ProcessingException | IOException e) {
                if (e instanceof HttpDownloadFailure failure) {
                    throw failure;
                }
                throw unreachable(e);
            }
        }

        private Response fetch(HttpFileService service) {
            try {
                return service.fetch();
            } catch (WebApplicationException e) {
                return e.getResponse();
            }
        }
    }

    /** A timeout or a connection failure, named by type: the exception's message may quote the URL. */
    static HttpDownloadFailure.Unreachable unreachable(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SocketTimeoutException || cause instanceof InterruptedIOException) {
                return new HttpDownloadFailure.Unreachable("等待服务器答复超时");
            }
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return new HttpDownloadFailure.Unreachable("无法连接服务器（" + root.getClass().getSimpleName() + "）");
    }
}
