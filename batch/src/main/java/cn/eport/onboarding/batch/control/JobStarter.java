package cn.eport.onboarding.batch.control;

import jakarta.batch.operations.JobExecutionNotRunningException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.Date;
import java.util.EnumSet;
import java.util.Properties;
import java.util.Set;

/**
 * Starts, restarts and stops executions under the one-at-a-time rule ({@link JobLock}) and records
 * who asked and how ({@link RunLedger}). The one place that calls the {@link JobOperator}: the batch
 * runtime lets only the application that started an execution query or control it. Outside any
 * transaction: a job started inside one can fail (Payara #5133), also from a timer (#4353).
 * Callers check the caller's role ({@link JobControlService}) or are the schedule itself.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JobStarter {

    private static final Set<BatchStatus> RUNNING = EnumSet.of(BatchStatus.STARTING, BatchStatus.STARTED, BatchStatus.STOPPING);

    @Inject
    private JobLock lock;

    @Inject
    private RunLedger ledger;

    public long start(String jobName, Properties parameters, String who, Trigger trigger) {
        Properties copy = parameters == null ? new Properties() : parameters;
        if (!BatchJobs.isKnown(jobName)) {
            throw new JobRefusedException(Refusal.UNKNOWN_JOB, jobName, null);
        }
        long claim = claim(jobName, copy, who, trigger);
        long executionId;
        try {
            executionId = operator().start(jobName, copy);
        } catch (RuntimeException e) {
            lock.release(jobName, claim);
            throw e;
        }
        lock.bind(jobName, claim, executionId);
        ledger.started(jobName, executionId, operator().getJobInstance(executionId).getInstanceId(), who, trigger, copy);
        return executionId;
    }

    /** Restarts a FAILED or STOPPED execution that is the latest of its instance, from its last checkpoint. */
    public long restart(long executionId, String who) {
        JobExecution execution = existing(executionId);
        String jobName = execution.getJobName();
        if (!restartable(execution)) {
            throw new JobRefusedException(Refusal.NOT_RESTARTABLE, jobName, executionId);
        }
        Properties parameters = execution.getJobParameters() == null ? new Properties() : execution.getJobParameters();
        long claim = claim(jobName, parameters, who, Trigger.RESTART);
        long restarted;
        try {
            restarted = operator().restart(executionId, parameters);
        } catch (JobRestartException e) {
            lock.release(jobName, claim);
            throw new JobRefusedException(Refusal.NOT_RESTARTABLE, jobName, executionId);
        } catch (RuntimeException e) {
            lock.release(jobName, claim);
            throw e;
        }
        lock.bind(jobName, claim, restarted);
        ledger.started(jobName, restarted, operator().getJobInstance(restarted).getInstanceId(), who, Trigger.RESTART,
                parameters);
        return restarted;
    }

    /** Asks a running execution to stop (at its next checkpoint). Only on the server that runs it. */
    public void stop(long executionId) {
        JobExecution execution = existing(executionId);
        if (!RUNNING.contains(execution.getBatchStatus())) {
            throw new JobRefusedException(Refusal.NOT_RUNNING, execution.getJobName(), executionId);
        }
        try {
            operator().stop(executionId);
        } catch (JobExecutionNotRunningException e) {
            throw new JobRefusedException(Refusal.NOT_RUNNING, execution.getJobName(), executionId);
        }
    }

    public JobControlService.ExecutionState state(long executionId) {
        JobExecution execution = existing(executionId);
        return new JobControlService.ExecutionState(executionId, operator().getJobInstance(executionId).getInstanceId(),
                execution.getJobName(), execution.getBatchStatus().name(), execution.getExitStatus(),
                toInstant(execution.getStartTime()), toInstant(execution.getEndTime()));
    }

    /** Whether restart would be accepted: FAILED or STOPPED, and the latest execution of its instance. */
    public boolean restartable(long executionId) {
        return restartable(existing(executionId));
    }

    boolean running(long executionId) {
        try {
            return RUNNING.contains(operator().getJobExecution(executionId).getBatchStatus());
        } catch (NoSuchJobExecutionException gone) {
            return false;
        }
    }

    private boolean restartable(JobExecution execution) {
        BatchStatus status = execution.getBatchStatus();
        if (status != BatchStatus.FAILED && status != BatchStatus.STOPPED) {
            return false;
        }
        JobInstance instance = operator().getJobInstance(execution.getExecutionId());
        return operator().getJobExecutions(instance).stream()
                .allMatch(other -> other.getExecutionId() <= execution.getExecutionId());
    }

    private long claim(String jobName, Properties parameters, String who, Trigger trigger) {
        try {
            return lock.claim(jobName, this::running);
        } catch (JobRefusedException refused) {
            if (refused.refusal() == Refusal.ALREADY_RUNNING) {
                ledger.refused(jobName, who, trigger, parameters, refused.refusal());
            }
            throw refused;
        }
    }

    private JobExecution existing(long executionId) {
        try {
            return operator().getJobExecution(executionId);
        } catch (NoSuchJobExecutionException e) {
            throw new JobRefusedException(Refusal.UNKNOWN_EXECUTION, null, executionId);
        }
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }

    private static Instant toInstant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
