package cn.eport.onboarding.batch.control;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * What batch operators (and administrators) may do with the jobs: start one (one execution of a
 * job at a time), stop and restart an execution, read executions and the history of a job. The
 * caller is recorded as the one who started a run. Outside any transaction (see {@link JobStarter}).
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

    @EJB
    private JobStarter starter;

    @EJB
    private JobSchedule schedule;

    @Inject
    private RunLedger ledger;

    @Resource
    private SessionContext session;

    /** Starts a job with these parameters (as from the console); returns the execution's id. */
    public long start(String jobName, Properties parameters) {
        return start(jobName, parameters, Trigger.CONSOLE);
    }

    /**
     * Starts a job as the caller, the way given (console or command line).
     *
     * @throws JobRefusedException ALREADY_RUNNING when an execution of the job is not over, UNKNOWN_JOB
     */
    public long start(String jobName, Properties parameters, Trigger trigger) {
        return starter.start(jobName, parameters, caller(), trigger);
    }

    /** Restarts a FAILED or STOPPED execution from its last checkpoint; returns the new execution's id. */
    public long restart(long executionId) {
        return starter.restart(executionId, caller());
    }

    public void stop(long executionId) {
        starter.stop(executionId);
    }

    /** @throws JobRefusedException UNKNOWN_EXECUTION */
    public ExecutionState execution(long executionId) {
        return starter.state(executionId);
    }

    public boolean restartable(long executionId) {
        return starter.restartable(executionId);
    }

    /** Who started the execution and how (absent for executions started before V18 or outside the product). */
    public Optional<RunRecord> run(long executionId) {
        return ledger.ofExecution(executionId);
    }

    /** One page of a job's runs, newest first, with their executions' states. */
    public List<RunView> runs(String jobName, int first, int max) {
        List<RunView> page = new ArrayList<>();
        for (RunRecord run : ledger.page(jobName, first, max)) {
            page.add(new RunView(run, run.executionId() == null ? null : stateOrNull(run.executionId())));
        }
        return page;
    }

    public long runCount(String jobName) {
        return ledger.count(jobName);
    }

    /** The latest run of the job that started an execution, if any. */
    public Optional<RunView> lastRun(String jobName) {
        return ledger.latestStarted(jobName).map(run -> new RunView(run, stateOrNull(run.executionId())));
    }

    /** The job's nightly schedule as configured, with its next fire time. */
    public JobSchedule.Entry schedule(String jobName) {
        return schedule.entry(jobName);
    }

    private ExecutionState stateOrNull(long executionId) {
        try {
            return starter.state(executionId);
        } catch (JobRefusedException gone) {
            return null;
        }
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
