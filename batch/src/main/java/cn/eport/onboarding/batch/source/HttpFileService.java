package cn.eport.onboarding.batch.source;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/**
 * A file at a URL as a MicroProfile Rest Client interface: the client's base URI is the whole URL,
 * the answer the raw {@link Response} (its status decides, not an exception mapper).
 */
@Path("")
public interface HttpFileService {

    @GET
    Response fetch();
}
