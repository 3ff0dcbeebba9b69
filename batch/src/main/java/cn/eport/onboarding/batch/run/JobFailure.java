package cn.eport.onboarding.batch.run;

import jakarta.batch.runtime.context.JobContext;

/**
 * A step failing with a message for the operator: the message becomes the job's exit status, which
 * the console and {@code batch-job.sh status} show, so the reason is not left in the server log only.
 */
public final class JobFailure {

    /** The exit status column of the batch runtime holds 512 characters; a message is cut well below. */
    static final int MAX_EXIT_STATUS = 480;

    private JobFailure() {
    }

    /** Sets the job's exit status to the message and returns the exception to throw. */
    public static IllegalStateException of(JobContext job, String message, Exception cause) {
        job.setExitStatus(StepLog.shorten(message, MAX_EXIT_STATUS));
        return new IllegalStateException(message, cause);
    }
}
