package cn.eport.onboarding.web.api.v1;

import cn.eport.onboarding.tasks.TaskListService;
import cn.eport.onboarding.web.api.ApiLanguage;
import cn.eport.onboarding.web.api.Problem;
import cn.eport.onboarding.web.home.TaskTexts;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** {@code GET /api/v1/tasks}: the home page's task list of the token's enterprise. */
@Path("v1/tasks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ENTERPRISE")
@Tag(name = "tasks")
@SecurityRequirement(name = "bearer")
public class TasksResource {

    @Inject
    private TaskListService service;

    @GET
    @Operation(summary = "The task list: every function with its state and next step (the home page's list)")
    @APIResponse(responseCode = "200", description = "The functions in the menu's order",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = TaskItem.class)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<TaskItem> tasks(@Context HttpHeaders headers) {
        TaskTexts texts = new TaskTexts(ApiLanguage.from(headers)::text);
        return service.tasks().stream().map(task -> TaskItem.of(task, texts)).toList();
    }
}
