package cn.eport.onboarding.batch.control;

import jakarta.ejb.ApplicationException;

/** A start, stop or restart that the rules refuse; {@link #refusal()} says which rule. */
@ApplicationException
public class JobRefusedException extends RuntimeException {

    private final Refusal refusal;
    private final String jobName;
    private final Long executionId;

    public JobRefusedException(Refusal refusal, String jobName, Long executionId) {
        super(refusal + " (job " + jobName + (executionId == null ? "" : ", execution " + executionId) + ")");
        this.refusal = refusal;
        this.jobName = jobName;
        this.executionId = executionId;
    }

    public Refusal refusal() {
        return refusal;
    }

    public String jobName() {
        return jobName;
    }

    /** The execution the refusal is about: the running one for {@link Refusal#ALREADY_RUNNING}. */
    public Long executionId() {
        return executionId;
    }
}
