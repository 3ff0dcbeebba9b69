package cn.eport.onboarding.batch.control;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The names of the batch runtime's own tables (Payara's JBatch job repository in {@code jdbc/eport}),
 * with the prefix and suffix given to {@code set-batch-runtime-configuration} (none by default;
 * {@code eport.batch.repository.table-prefix}/{@code -suffix} must repeat them). Unquoted, so
 * each database folds their case as it did when the runtime created them.
 */
public final class RepositoryTables {

    public static final String JOB_INSTANCE = "JOBINSTANCEDATA";
    public static final String EXECUTION = "EXECUTIONINSTANCEDATA";
    public static final String STEP_EXECUTION = "STEPEXECUTIONINSTANCEDATA";
    public static final String JOB_STATUS = "JOBSTATUS";
    public static final String STEP_STATUS = "STEPSTATUS";
    public static final String CHECKPOINT = "CHECKPOINTDATA";

    private RepositoryTables() {
    }

    public static String name(String table) {
        var config = ConfigProvider.getConfig();
        return config.getOptionalValue("eport.batch.repository.table-prefix", String.class).orElse("") + table
                + config.getOptionalValue("eport.batch.repository.table-suffix", String.class).orElse("");
    }
}
