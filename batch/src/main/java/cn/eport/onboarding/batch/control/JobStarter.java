package cn.eport.onboarding.batch.control;

import jakarta.batch.operations.JobExecutionNotRunningException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.operations.JobSecurityException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

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

    @Inject
    private JobRepository repository;

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
        ledger.started(jobName, executionId, state(executionId).instanceId(), who, trigger, copy);
        return executionId;
    }

    /**
     * Restarts a FAILED or STOPPED execution that is the latest of its instance, from its last
     * checkpoint. Only executions started by this deployment of the application: the runtime
     * denies the others (see {@link JobRepository}).
     */
    public long restart(long executionId, String who) {
        JobControlService.ExecutionState execution = state(executionId);
        String jobName = execution.jobName();
        if (!restartable(execution)) {
            throw new JobRefusedException(Refusal.NOT_RESTARTABLE, jobName, executionId);
        }
        Properties parameters;
        try {
            Properties original = operator().getJobExecution(executionId).getJobParameters();
            parameters = original == null ? new Properties() : original;
        } catch (JobSecurityException earlierDeployment) {
            throw new JobRefusedException(Refusal.OTHER_DEPLOYMENT, jobName, executionId);
        }
        long claim = claim(jobName, parameters, who, Trigger.RESTART);
        long restarted;
        try {
            restarted = operator().restart(executionId, parameters);
        } catch (JobSecurityException earlierDeployment) {
            lock.release(jobName, claim);
            throw new JobRefusedException(Refusal.OTHER_DEPLOYMENT, jobName, executionId);
        } catch (JobRestartException e) {
            lock.release(jobName, claim);
            throw new JobRefusedException(Refusal.NOT_RESTARTABLE, jobName, executionId);
        } catch (RuntimeException e) {
            lock.release(jobName, claim);
            throw e;
        }
        lock.bind(jobName, claim, restarted);
        ledger.started(jobName, restarted, execution.instanceId(), who, Trigger.RESTART, parameters);
        return restarted;
    }

    /** Asks a running execution to stop (at its next checkpoint). Only on the server that runs it. */
    public void stop(long executionId) {
        JobControlService.ExecutionState execution = state(executionId);
        if (!RUNNING.contains(BatchStatus.valueOf(execution.batchStatus()))) {
            throw new JobRefusedException(Refusal.NOT_RUNNING, execution.jobName(), executionId);
        }
        try {
            operator().stop(executionId);
        } catch (JobExecutionNotRunningException | NoSuchJobExecutionException e) {
            throw new JobRefusedException(Refusal.NOT_RUNNING, execution.jobName(), executionId);
        } catch (JobSecurityException earlierDeployment) {
            throw new JobRefusedException(Refusal.OTHER_DEPLOYMENT, execution.jobName(), executionId);
        }
    }

    /** @throws JobRefusedException UNKNOWN_EXECUTION */
    public JobControlService.ExecutionState state(long executionId) {
        return repository.execution(executionId)
                .orElseThrow(() -> new JobRefusedException(Refusal.UNKNOWN_EXECUTION, null, executionId));
    }

    /** Whether restart would be accepted: FAILED or STOPPED, and the latest execution of its instance. */
    public boolean restartable(long executionId) {
        return restartable(state(executionId));
    }

    boolean running(long executionId) {
        return repository.execution(executionId).map(s -> RUNNING.contains(BatchStatus.valueOf(s.batchStatus())))
                .orElse(false);
    }

    private boolean restartable(JobControlService.ExecutionState execution) {
        return ("FAILED".equals(execution.batchStatus()) || "STOPPED".equals(execution.batchStatus()))
                && repository.isLatestOfItsInstance(execution.executionId());
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

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
