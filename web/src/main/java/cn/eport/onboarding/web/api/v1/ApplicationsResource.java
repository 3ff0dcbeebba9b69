package cn.eport.onboarding.web.api.v1;

import cn.eport.onboarding.status.StatusQueryService;
import cn.eport.onboarding.web.api.ApiLanguage;
import cn.eport.onboarding.web.api.Problem;
import cn.eport.onboarding.workflow.ApplicationKind;
import cn.eport.onboarding.workflow.ApplicationStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * {@code GET /api/v1/applications}: 业务办理状态查询 of the token's enterprise, with the page's
 * filters (status, 提交日期 from/to) and a kind filter, paged; the same service as {@code /enterprise/status}.
 */
@Path("v1/applications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ENTERPRISE")
@Tag(name = "applications")
@SecurityRequirement(name = "bearer")
public class ApplicationsResource {

    @Inject
    private StatusQueryService service;

    @GET
    @Operation(summary = "The enterprise's applications of every kind (业务办理状态查询)",
            description = "Last changed first. A start date after the end date is refused with the page's message (422).")
    @APIResponse(responseCode = "200", description = "One page of applications",
            content = @Content(schema = @Schema(ref = "ApplicationPage")))
    @APIResponse(responseCode = "400", description = "A parameter could not be read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "declaredFrom is after declaredTo",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ApplicationPage list(
            @Parameter(ref = "kind")
            @QueryParam("kind") String kind,
            @Parameter(ref = "status") @QueryParam("status") String status,
            @Parameter(ref = "declaredFrom") @QueryParam("declaredFrom") String declaredFrom,
            @Parameter(ref = "declaredTo") @QueryParam("declaredTo") String declaredTo,
            @Parameter(ref = "page") @QueryParam("page") String page,
            @Parameter(ref = "size") @QueryParam("size") String size,
            @Context HttpHeaders headers) {
        ApiLanguage language = ApiLanguage.from(headers);
        QueryParameters read = new QueryParameters(language);
        ApplicationKind kindWanted = read.constant("kind", kind, ApplicationKind.class);
        ListParameters.ListQuery list = new ListParameters(status, declaredFrom, declaredTo, page, size).read(read, language);
        Set<ApplicationKind> kinds = kindWanted == null ? EnumSet.allOf(ApplicationKind.class) : EnumSet.of(kindWanted);
        return page(service, list, kinds);
    }

    /** One page of the enterprise's applications of these kinds. */
    static ApplicationPage page(StatusQueryService service, ListParameters.ListQuery list, Set<ApplicationKind> kinds) {
        List<ApplicationItem> items = service.list(list.query(), kinds, list.first(), list.size()).stream()
                .map(ApplicationItem::of).toList();
        return new ApplicationPage(list.page(), list.size(), service.count(list.query(), kinds), items);
    }
}
