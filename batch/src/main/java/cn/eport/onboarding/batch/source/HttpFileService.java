package cn.eport.onboarding.batch.source;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.core.Response;

/**
 * A file at a URL as a MicroProfile Rest Client interface: the client's base URI is the whole URL,
 * the answer the raw {@link Response} (its status decides, not an exception mapper).
 * No {@code @Path} on the interface: the WAR's REST application would take it for a resource of
 * its own and route unknown paths under /api to it (a 500 instead of a 404).
 */
public interface HttpFileService {

    @GET
    Response fetch();
}
