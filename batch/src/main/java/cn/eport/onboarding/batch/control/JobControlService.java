package cn.eport.onboarding.batch.control;

import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.time.Instant;
import java.util.Date;
import java.util.Properties;

/**
 * Starts and reads the executions of the product's jobs. The one place that calls the
 * {@link JobOperator}: the batch runtime lets only the module that started an execution query or
 * control it (PLATFORM-NOTES pitfall 4). Outside any transaction: a job started inside one can fail
 * (Payara #5133).
 */
@Stateless
@RolesAllowed({"BATCH_OPERATOR", "ADMIN"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JobControlService {

    /** One execution as the console and the tests see it. */
    public record ExecutionState(long executionId, long instanceId, String jobName, String batchStatus, String exitStatus,
                                 Instant started, Instant ended) {

        public boolean isOver() {
            return switch (batchStatus) {
                case "COMPLETED", "FAILED", "STOPPED", "ABANDONED" -> true;
                default -> false;
            };
        }
    }

    /** Starts a job with these parameters; returns the execution's id. */
    public long start(String jobName, Properties parameters) {
        return BatchRuntime.getJobOperator().start(jobName, parameters);
    }

    public ExecutionState execution(long executionId) {
        JobOperator operator = BatchRuntime.getJobOperator();
        JobExecution execution = operator.getJobExecution(executionId);
        return new ExecutionState(executionId, operator.getJobInstance(executionId).getInstanceId(), execution.getJobName(),
                execution.getBatchStatus().name(), execution.getExitStatus(), toInstant(execution.getStartTime()),
                toInstant(execution.getEndTime()));
    }

    private static Instant toInstant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
