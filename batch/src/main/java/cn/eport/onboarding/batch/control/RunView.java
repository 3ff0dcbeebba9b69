package cn.eport.onboarding.batch.control;

import java.time.Duration;

/** A run as the console lists it: the request ({@link RunRecord}) and, when it started one, its execution's state. */
public record RunView(RunRecord run, JobControlService.ExecutionState state) {

    /** FAILED for an execution marked orphaned at start-up; REFUSED for a refused request; else the runtime's status. */
    public String status() {
        if (run.refused()) {
            return "REFUSED";
        }
        return state == null ? "UNKNOWN" : state.batchStatus();
    }

    /** From start to end, or null while it runs (or never started). */
    public Duration duration() {
        if (state == null || state.started() == null || state.ended() == null) {
            return null;
        }
        return Duration.between(state.started(), state.ended());
    }
}
