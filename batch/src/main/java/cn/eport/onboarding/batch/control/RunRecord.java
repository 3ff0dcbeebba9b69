package cn.eport.onboarding.batch.control;

import java.time.Instant;

/**
 * One request to run a job as {@code batch_run} keeps it: who asked and how, and either the
 * execution it started or why it was refused.
 */
public record RunRecord(long id, String jobName, Long executionId, Long instanceId, String startedBy, Trigger trigger,
                        String parameters, Instant requestedAt, String serverName, Refusal refusal, boolean orphaned) {

    public boolean refused() {
        return refusal != null;
    }
}
