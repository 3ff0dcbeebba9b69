package cn.eport.onboarding.batch.reconcile;

import cn.eport.onboarding.batch.run.StepCounter;

/**
 * What became of one decision: its category in the report (one of the review-reconcile counters)
 * and the message for the operator (Chinese).
 */
public record Verdict(StepCounter category, String message) {
}
