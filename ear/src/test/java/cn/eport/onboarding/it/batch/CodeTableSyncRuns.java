package cn.eport.onboarding.it.batch;

import cn.eport.onboarding.batch.control.JobControlService.ExecutionState;
import cn.eport.onboarding.batch.run.StepCounter;
import cn.eport.onboarding.batch.run.StepRecords;
import cn.eport.onboarding.it.RunAsBatchOperator.BatchOperator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Runs code-table-sync as the batch operator with a drop folder of the test's own (job parameter
 * {@code folder}; sources the folder lacks are skipped) and reads a run's counts per step.
 */
final class CodeTableSyncRuns {

    private static final String JOB = "code-table-sync";

    private final BatchOperator operator;
    private final StepRecords records;
    private final Path folder;
    private final Duration atMost;

    CodeTableSyncRuns(BatchOperator operator, StepRecords records, String folderPrefix, Duration atMost) throws IOException {
        this.operator = operator;
        this.records = records;
        this.folder = Files.createTempDirectory(folderPrefix);
        this.atMost = atMost;
    }

    Path folder() {
        return folder;
    }

    /** Runs the job to its end with the folder and these parameters. */
    ExecutionState run(Map<String, String> parameters) {
        Properties properties = new Properties();
        properties.setProperty("folder", folder.toString());
        properties.putAll(parameters);
        return operator.run(JOB, properties, atMost);
    }

    /** The counts of one step of the run (empty when the step counted nothing). */
    Map<StepCounter, Long> counts(ExecutionState run, String step) throws Exception {
        return operator.attempt(() -> records.counts(run.instanceId())).get().getOrDefault(step, Map.of());
    }

    /** Deletes the folder and what is in it. */
    void deleteFolder() throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
