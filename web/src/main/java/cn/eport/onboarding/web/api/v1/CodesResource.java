package cn.eport.onboarding.web.api.v1;

import cn.eport.onboarding.codetable.CodeSuggestionService;
import cn.eport.onboarding.codetable.CodeTable;
import cn.eport.onboarding.web.api.ApiLanguage;
import cn.eport.onboarding.web.api.ApiProblems;
import cn.eport.onboarding.web.api.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Arrays;

/**
 * {@code GET /api/v1/codes/{table}?q=}: code suggestions as the forms' autocomplete makes them (the same
 * service as {@code /api/codes}): at most 20, in code order; text shorter than the table's threshold
 * gives {@code []}.
 */
@Path("v1/codes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ENTERPRISE")
@Tag(name = "codes")
@SecurityRequirement(name = "bearer")
public class CodesResource {

    @Inject
    private CodeSuggestionService suggestions;

    @GET
    @Path("{table}")
    @Operation(summary = "Code suggestions of a code table (code or name containing the text)")
    @APIResponse(responseCode = "200", description = "Up to 20 codes with their names",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = CodeItem.class),
                    examples = @ExampleObject(name = "customs district", value = "[{\"code\":\"0200\",\"name\":\"天津关区\"}]")))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown code table; accepted lists the known ones",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response suggest(
            @Parameter(description = "The code table in kebab case", example = "customs-district") @PathParam("table") String table,
            @Parameter(description = "Text the code or name contains", example = "天津") @QueryParam("q") String text,
            @Context HttpHeaders headers) {
        return CodeTable.fromPathSegment(table)
                .map(t -> Response.ok(suggestions.suggest(t, text).stream().map(CodeItem::of).toList()).build())
                .orElseGet(() -> ApiProblems.of(ApiLanguage.from(headers), 404,
                                "unknown-code-table", "api.problem.codeTable", table)
                        .accepting(Arrays.stream(CodeTable.values()).map(CodeTable::pathSegment).toList()).response());
    }
}
