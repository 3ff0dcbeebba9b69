package cn.eport.onboarding.directory.http;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The directory services of docs/directories-http.md as a MicroProfile Rest Client interface: one
 * GET shape serves all five ({@code {url}/{resource}/{uscc}[?system=…][&kind=…]}). The answer is the
 * raw {@link Response}: its status decides found / not found / unavailable, not an exception mapper.
 * No {@code @Path} on the interface: the WAR's REST application would take it for a resource of
 * its own and route unknown paths under /api to it (a 500 instead of a 404).
 */
public interface DirectoryService {

    /** A null query parameter is left out of the request. */
    @GET
    @Path("{resource}/{uscc}")
    @Produces(MediaType.APPLICATION_JSON)
    Response find(@PathParam("resource") String resource, @PathParam("uscc") String uscc,
                  @QueryParam("system") String system, @QueryParam("kind") String kind);
}
