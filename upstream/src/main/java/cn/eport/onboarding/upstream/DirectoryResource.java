package cn.eport.onboarding.upstream;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The five directory services, as the product's HTTP adapters call them:
 * {@code GET /upstream/api/{resource}/{uscc}} (pending filings with {@code ?system=…[&kind=…]}).
 * The answers: {@link Directories#answer}.
 */
@Path("api")
public class DirectoryResource {

    @Inject
    private Directories directories;

    @GET
    @Path("{resource}/{uscc}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response find(@PathParam("resource") String resource, @PathParam("uscc") String uscc,
                         @QueryParam("system") String system, @QueryParam("kind") String kind) {
        return answer(directories, resource, uscc, system, kind);
    }

    static Response answer(Directories directories, String resource, String uscc, String system, String kind) {
        Directories.Answer answer = directories.answer(resource, uscc, system, kind);
        if (answer.status() == 200) {
            return Response.ok(answer.body(), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).build();
        }
        return Response.status(answer.status()).type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8")).entity(answer.body()).build();
    }
}
