package cn.eport.onboarding.upstream;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/** {@code GET /upstream/files/{name}}: a code-table or directory file; 404 for an unknown name. */
@Path("files")
public class FileResource {

    @Inject
    private ServedFiles files;

    @GET
    @Path("{name}")
    public Response file(@PathParam("name") String name) throws IOException {
        return answer(files, name);
    }

    static Response answer(ServedFiles files, String name) throws IOException {
        Optional<InputStream> content = files.open(name);
        if (content.isEmpty()) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        return Response.ok(content.get(), ServedFiles.contentTypeOf(name)).build();
    }
}
