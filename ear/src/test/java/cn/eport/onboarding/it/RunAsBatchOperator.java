package cn.eport.onboarding.it;

import cn.eport.onboarding.batch.control.JobControlService;
import cn.eport.onboarding.batch.control.JobControlService.ExecutionState;
import cn.eport.onboarding.it.RunAsEnterpriseUser.Attempt;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;

import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.concurrent.Callable;

/**
 * Runs test code as the demo batch operator {@value #OPERATOR}, like {@link RunAsReviewer}; and
 * runs a job to its end.
 */
public final class RunAsBatchOperator {

    public static final String OPERATOR = "batch";

    private RunAsBatchOperator() {
    }

    /** As {@value #OPERATOR}. */
    @Stateless
    @RunAs("BATCH_OPERATOR")
    @PermitAll
    public static class BatchOperator {

        @EJB
        private JobControlService jobs;

        public <T> Attempt<T> attempt(Callable<T> work) {
            return Attempt.of(work);
        }

        /** Starts the job and waits (at most the given time) until its execution has ended. */
        public ExecutionState run(String jobName, Properties parameters, Duration atMost) {
            return awaitEnd(jobs.start(jobName, parameters), atMost);
        }

        /** Waits until the execution has ended, looking every 50 ms; fails after the given time. */
        public ExecutionState awaitEnd(long executionId, Duration atMost) {
            Instant deadline = Instant.now().plus(atMost);
            ExecutionState state = jobs.execution(executionId);
            while (!state.isOver()) {
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("execution " + executionId + " still " + state.batchStatus() + " after " + atMost);
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted", e);
                }
                state = jobs.execution(executionId);
            }
            return state;
        }
    }
}
