package cn.eport.onboarding.web.api.v1;

import cn.eport.onboarding.status.StatusQuery;
import cn.eport.onboarding.status.StatusQueryService;
import cn.eport.onboarding.time.DateRange;
import cn.eport.onboarding.web.api.ApiLanguage;
import cn.eport.onboarding.web.api.ApiProblems;
import cn.eport.onboarding.web.api.FieldError;
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
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
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

    static final int MAX_SIZE = 100;

    @Inject
    private StatusQueryService service;

    @GET
    @Operation(summary = "The enterprise's applications of every kind (业务办理状态查询)",
            description = "Last changed first. A start date after the end date is refused with the page's message (422).")
    @APIResponse(responseCode = "200", description = "One page of applications",
            content = @Content(schema = @Schema(implementation = ApplicationPage.class)))
    @APIResponse(responseCode = "400", description = "A parameter could not be read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "declaredFrom is after declaredTo",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response list(
            @Parameter(description = "Kind of application", schema = @Schema(implementation = ApplicationKind.class))
            @QueryParam("kind") String kind,
            @Parameter(description = "Status", schema = @Schema(implementation = ApplicationStatus.class))
            @QueryParam("status") String status,
            @Parameter(description = "Declared on or after (ISO date, Beijing time)", example = "2026-01-01")
            @QueryParam("declaredFrom") String declaredFrom,
            @Parameter(description = "Declared on or before (ISO date, Beijing time)", example = "2026-12-31")
            @QueryParam("declaredTo") String declaredTo,
            @Parameter(description = "Page number, from 0", example = "0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100", example = "20") @QueryParam("size") String size,
            @Context HttpHeaders headers) {
        ApiLanguage language = ApiLanguage.of(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        QueryParameters parameters = new QueryParameters(language);
        ApplicationKind kindWanted = parameters.constant("kind", kind, ApplicationKind.class);
        ApplicationStatus statusWanted = parameters.constant("status", status, ApplicationStatus.class);
        LocalDate from = parameters.date("declaredFrom", declaredFrom);
        LocalDate to = parameters.date("declaredTo", declaredTo);
        int pageNumber = parameters.number("page", page, 0, 0, Integer.MAX_VALUE / MAX_SIZE);
        int pageSize = parameters.number("size", size, 20, 1, MAX_SIZE);
        parameters.check();
        if (!DateRange.isValid(from, to)) {
            // the message the status page shows at its start date
            return ApiProblems.of(language, Problem.UNPROCESSABLE_CONTENT, ApiProblems.VALIDATION_FAILED, "api.problem.validation")
                    .withErrors(List.of(new FieldError("declaredFrom", language.text("common.dateRange.invalid",
                            language.text("statusQuery.declaredFrom"), language.text("common.dateTo")))))
                    .response();
        }
        StatusQuery query = new StatusQuery(statusWanted, new DateRange(from, to));
        Set<ApplicationKind> kinds = kindWanted == null ? EnumSet.allOf(ApplicationKind.class) : EnumSet.of(kindWanted);
        List<ApplicationItem> items = service.list(query, kinds, pageNumber * pageSize, pageSize).stream()
                .map(ApplicationItem::of).toList();
        return Response.ok(new ApplicationPage(pageNumber, pageSize, service.count(query, kinds), items)).build();
    }
}
