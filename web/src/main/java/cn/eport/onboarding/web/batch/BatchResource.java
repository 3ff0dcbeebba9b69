package cn.eport.onboarding.web.batch;

import cn.eport.onboarding.batch.control.BatchJobs;
import cn.eport.onboarding.batch.control.JobControlService;
import cn.eport.onboarding.batch.control.JobControlService.ExecutionState;
import cn.eport.onboarding.batch.control.JobRefusedException;
import cn.eport.onboarding.batch.control.Trigger;
import cn.eport.onboarding.web.api.Problem;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.time.Instant;
import java.util.Properties;

/**
 * The batch jobs for scripts (the command line, {@code config/src/main/scripts/batch-job.sh}; R-6):
 * <ul>
 *     <li>{@code POST /api/batch/jobs/{job}/executions}, the job parameters as form fields: starts
 *     the job; 201 with the execution, 409 when an execution of the job is not over yet, 404 for an
 *     unknown job;</li>
 *     <li>{@code GET /api/batch/executions/{id}}: the execution's state;</li>
 *     <li>{@code POST /api/batch/executions/{id}/stop} and {@code .../restart}.</li>
 * </ul>
 * For batch operators and administrators (web.xml), logged in by session or, for scripts, by HTTP
 * Basic on this path only (SessionAuthenticationMechanism, ADR 0021).
 */
@Path("batch")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BatchResource {

    /** An execution as the API answers it; {@code over} tells a waiting script to stop polling. */
    public record Execution(long executionId, long instanceId, String job, String status, String exitStatus,
                            Instant started, Instant ended, boolean over) {

        static Execution of(ExecutionState state) {
            return new Execution(state.executionId(), state.instanceId(), state.jobName(), state.batchStatus(),
                    state.exitStatus(), state.started(), state.ended(), state.isOver());
        }
    }

    @EJB
    private JobControlService jobs;

    @Context
    private UriInfo uri;

    @POST
    @Path("jobs/{job}/executions")
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.WILDCARD})
    public Response start(@PathParam("job") String job, MultivaluedMap<String, String> form) {
        Properties parameters = new Properties();
        if (form != null) {
            form.forEach((key, values) -> parameters.setProperty(key, values.isEmpty() ? "" : values.get(values.size() - 1)));
        }
        try {
            long id = jobs.start(job, parameters, Trigger.COMMAND_LINE);
            return Response.created(uri.getBaseUriBuilder().path("batch/executions/{id}").build(id))
                    .entity(Execution.of(jobs.execution(id))).build();
        } catch (JobRefusedException refused) {
            return refusal(refused);
        }
    }

    @GET
    @Path("executions/{id}")
    public Response execution(@PathParam("id") String id) {
        return withExecution(id, executionId -> Response.ok(Execution.of(jobs.execution(executionId))).build());
    }

    @POST
    @Path("executions/{id}/stop")
    public Response stop(@PathParam("id") String id) {
        return withExecution(id, executionId -> {
            jobs.stop(executionId);
            return Response.ok(Execution.of(jobs.execution(executionId))).build();
        });
    }

    @POST
    @Path("executions/{id}/restart")
    public Response restart(@PathParam("id") String id) {
        return withExecution(id, executionId -> {
            long restarted = jobs.restart(executionId);
            return Response.created(uri.getBaseUriBuilder().path("batch/executions/{id}").build(restarted))
                    .entity(Execution.of(jobs.execution(restarted))).build();
        });
    }

    private interface ExecutionCall {
        Response call(long executionId);
    }

    private static Response withExecution(String id, ExecutionCall call) {
        long executionId;
        try {
            executionId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            return Problem.of(400, "The execution id must be a number, not '" + id + "'").response();
        }
        try {
            return call.call(executionId);
        } catch (JobRefusedException refused) {
            return refusal(refused);
        }
    }

    private static Response refusal(JobRefusedException refused) {
        return switch (refused.refusal()) {
            case UNKNOWN_JOB -> Problem.of(404, "No job named '" + refused.jobName() + "'")
                    .accepting(BatchJobs.ALL).response();
            case UNKNOWN_EXECUTION -> Problem.of(404, "No execution " + refused.executionId()).response();
            case ALREADY_RUNNING -> Problem.of(409, "Job " + refused.jobName() + " is already running"
                    + (refused.executionId() == null ? " (a start is under way)" : " (execution " + refused.executionId() + ")")
                    + ": one execution of a job at a time").response();
            case NOT_RESTARTABLE -> Problem.of(409, "Execution " + refused.executionId()
                    + " cannot be restarted: only a FAILED or STOPPED execution that is the latest of its job instance").response();
            case NOT_RUNNING -> Problem.of(409, "Execution " + refused.executionId() + " is not running on this server").response();
            case OTHER_DEPLOYMENT -> Problem.of(409, "Execution " + refused.executionId()
                    + " was started by an earlier deployment of the application; the batch runtime lets only that one control it")
                    .response();
        };
    }
}
