package cn.eport.onboarding.web.codes;

import cn.eport.onboarding.codetable.CodeSuggestionService;
import cn.eport.onboarding.codetable.CodeTable;
import cn.eport.onboarding.web.api.Problem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Arrays;
import java.util.List;

/**
 * Code suggestion over HTTP: {@code GET /eport/api/codes/{table}?q=text} answers
 * {@code [{"code":"0200","name":"天津关区"}, ...]}, the same answers as the forms' autocomplete
 * (at most 20, in code order; text shorter than the table's threshold gives {@code []}). The table
 * is named in kebab case ({@code customs-district}, {@code tax-authority}, ...); an unknown one is
 * a 404 problem whose {@code accepted} lists the known ones.
 */
@Path("codes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CodeSuggestionResource {

    @Inject
    private CodeSuggestionService suggestions;

    @GET
    @Path("{table}")
    public Response suggest(@PathParam("table") String table, @QueryParam("q") String text) {
        return CodeTable.fromPathSegment(table)
                .map(t -> Response.ok(suggestions.suggest(t, text)).build())
                .orElseGet(() -> Problem.of(Response.Status.NOT_FOUND.getStatusCode(), "Unknown code table: " + table)
                        .accepting(knownTables()).response());
    }

    static List<String> knownTables() {
        return Arrays.stream(CodeTable.values()).map(CodeTable::pathSegment).toList();
    }
}
