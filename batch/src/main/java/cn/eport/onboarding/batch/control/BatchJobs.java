package cn.eport.onboarding.batch.control;

import java.util.List;

/** The product's jobs (their JSL in META-INF/batch-jobs), in the order the console lists them. */
public final class BatchJobs {

    public static final String CODE_TABLE_SYNC = "code-table-sync";
    public static final String REVIEW_RECONCILE = "review-reconcile";
    public static final String HOUSEKEEPING = "housekeeping";
    public static final List<String> ALL = List.of(CODE_TABLE_SYNC, REVIEW_RECONCILE, HOUSEKEEPING);

    private BatchJobs() {
    }

    public static boolean isKnown(String jobName) {
        return ALL.contains(jobName);
    }
}
