package cn.eport.onboarding.web.batch;

import cn.eport.onboarding.batch.control.JobRefusedException;
import cn.eport.onboarding.batch.control.Refusal;
import cn.eport.onboarding.web.i18n.Messages;

/** The console's words for a refused start, stop or restart ({@code batch.refused.<REFUSAL>}). */
final class BatchRefusals {

    private BatchRefusals() {
    }

    static String text(Messages messages, JobRefusedException refused) {
        String job = refused.jobName() == null ? "" : messages.get("batch.job." + refused.jobName());
        if (refused.refusal() == Refusal.ALREADY_RUNNING && refused.executionId() == null) {
            return messages.get("batch.refused.STARTING", job);
        }
        return messages.get("batch.refused." + refused.refusal().name(), job,
                refused.executionId() == null ? "" : String.valueOf(refused.executionId()));
    }
}
