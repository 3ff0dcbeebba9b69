package cn.eport.onboarding.upstream;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The directory services and the files again, with a {@link Fault} first:
 * {@code /upstream/faults/{fault}/{resource}/{uscc}} and {@code /upstream/faults/{fault}/files/{name}}.
 * A product adapter configured with the base URL {@code http://…/upstream/faults/status-503} meets
 * a directory that answers 503. {@code GET /upstream/faults/{fault}/requests} tells how many
 * requests that fault segment got (text).
 */
@Path("faults/{fault}")
public class FaultResource {

    private static final Map<String, AtomicInteger> REQUESTS = new ConcurrentHashMap<>();

    @Inject
    private Directories directories;

    @Inject
    private ServedFiles files;

    @GET
    @Path("requests")
    @Produces(MediaType.TEXT_PLAIN)
    public String requests(@PathParam("fault") String segment) {
        return String.valueOf(REQUESTS.getOrDefault(segment, new AtomicInteger()).get());
    }

    @GET
    @Path("{resource}/{key}")
    public Response answer(@PathParam("fault") String segment, @PathParam("resource") String resource,
                           @PathParam("key") String key, @QueryParam("system") String system,
                           @QueryParam("kind") String kind) throws IOException, InterruptedException {
        Fault fault = Fault.parse(segment).orElse(null);
        if (fault == null) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        int request = REQUESTS.computeIfAbsent(segment, s -> new AtomicInteger()).incrementAndGet();
        switch (fault.kind()) {
            case STATUS:
                return Response.status(fault.number()).build();
            case MALFORMED:
                return Response.ok("{\"uscc\": \"" + key + "\", \"enterpriseName\": ", MediaType.APPLICATION_JSON_TYPE).build();
            case HUGE:
                byte[] body = new byte[(1 << 20) + 1024];
                Arrays.fill(body, (byte) ' ');
                body[0] = '{';
                body[body.length - 1] = '}';
                return Response.ok(new String(body, StandardCharsets.US_ASCII), MediaType.APPLICATION_JSON_TYPE).build();
            case FLAKY:
                if (request <= fault.number()) {
                    return Response.status(Response.Status.SERVICE_UNAVAILABLE).build();
                }
                break;
            case SLOW:
                Thread.sleep(fault.number());
                break;
            default:
                throw new IllegalStateException(fault.kind().name());
        }
        return "files".equals(resource)
                ? FileResource.answer(files, key)
                : DirectoryResource.answer(directories, resource, key, system, kind);
    }
}
