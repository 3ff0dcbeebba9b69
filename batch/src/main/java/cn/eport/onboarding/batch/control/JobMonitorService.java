package cn.eport.onboarding.batch.control;

import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.ejb.Stateless;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the state of the batch jobs. It lives in the module whose job XML it serves, because a job
 * started from one module cannot be queried from another (PLATFORM-NOTES pitfall 4).
 */
@Stateless
@RolesAllowed({"BATCH_OPERATOR", "ADMIN"})
public class JobMonitorService {

    public record ExecutionSummary(long executionId, String jobName, String status, Instant started, Instant ended) {
    }

    /** The latest executions of a job, newest first; empty when the job has never run. */
    public List<ExecutionSummary> recentExecutions(String jobName, int max) {
        JobOperator operator = BatchRuntime.getJobOperator();
        List<ExecutionSummary> result = new ArrayList<>();
        try {
            for (JobInstance instance : operator.getJobInstances(jobName, 0, max)) {
                for (JobExecution execution : operator.getJobExecutions(instance)) {
                    result.add(new ExecutionSummary(execution.getExecutionId(), jobName,
                            execution.getBatchStatus().name(), toInstant(execution.getStartTime()),
                            toInstant(execution.getEndTime())));
                }
            }
        } catch (NoSuchJobException neverRun) {
            return List.of();
        }
        result.sort((a, b) -> Long.compare(b.executionId(), a.executionId()));
        return result.size() > max ? result.subList(0, max) : result;
    }

    private static Instant toInstant(java.util.Date date) {
        return date == null ? null : date.toInstant();
    }
}
