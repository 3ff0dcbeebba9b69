package cn.eport.onboarding.directory.http;

import cn.eport.onboarding.directory.DirectoryResult.Reason;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The directory service through MicroProfile Rest Client ({@link DirectoryService}), built for
 * the base URL and timeouts of one directory, which are known only at run time. Redirects are not
 * followed and the default exception mapper is off, so every status reaches
 * {@link HttpDirectoryClient} as it is.
 */
public final class RestClientTransport implements DirectoryTransport {

    /** Turns off the Rest Client's mapping of status ≥ 400 to an exception (MP Rest Client spec). */
    private static final String DISABLE_DEFAULT_MAPPER = "microprofile.rest.client.disable.default.mapper";
    private static final Set<String> QUERY_PARAMETERS = Set.of("system", "kind");

    private final DirectoryService service;

    public RestClientTransport(HttpSettings settings) {
        this.service = RestClientBuilder.newBuilder()
                .baseUri(settings.baseUrl())
                .connectTimeout(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .followRedirects(false)
                .property(DISABLE_DEFAULT_MAPPER, Boolean.TRUE)
                .build(DirectoryService.class);
    }

    @Override
    public RawAnswer get(String resource, String uscc, Map<String, String> query) throws DirectoryUnreachable {
        if (!QUERY_PARAMETERS.containsAll(query.keySet())) {
            throw new IllegalArgumentException("query parameters other than " + QUERY_PARAMETERS + ": " + query.keySet());
        }
        try (Response response = call(resource, uscc, query)) {
            if (response.getStatus() != 200) {
                return RawAnswer.of(response.getStatus(), new byte[0]);
            }
            if (response.getLength() > HttpDirectoryClient.MAX_BODY_BYTES) {
                return new RawAnswer(200, new byte[0], true);
            }
            try (InputStream body = response.readEntity(InputStream.class)) {
                return body == null ? RawAnswer.of(200, new byte[0]) : limited(body);
            }
        } catch (ProcessingException | IOException e) {
            throw unreachable(e);
        }
    }

    private Response call(String resource, String uscc, Map<String, String> query) {
        try {
            return service.find(resource, uscc, query.get("system"), query.get("kind"));
        } catch (WebApplicationException e) {
            // a Rest Client implementation that maps statuses anyway: the status is what counts
            return e.getResponse();
        }
    }

    private static RawAnswer limited(InputStream body) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int read;
        while ((read = body.read(buffer)) != -1) {
            bytes.write(buffer, 0, read);
            if (bytes.size() > HttpDirectoryClient.MAX_BODY_BYTES) {
                return new RawAnswer(200, new byte[0], true);
            }
        }
        return RawAnswer.of(200, bytes.toByteArray());
    }

    /** Timeout or connection failure, named by the cause's type (its message may quote the request). */
    static DirectoryUnreachable unreachable(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SocketTimeoutException || cause instanceof java.net.http.HttpTimeoutException
                    || cause instanceof InterruptedIOException) {
                return new DirectoryUnreachable(Reason.TIMEOUT, "no answer in time (" + cause.getClass().getSimpleName() + ")");
            }
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return new DirectoryUnreachable(Reason.CONNECTION_FAILED, root.getClass().getSimpleName());
    }
}
