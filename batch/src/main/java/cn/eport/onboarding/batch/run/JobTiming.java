package cn.eport.onboarding.batch.run;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Duration;

/** Job listener of every job: hands each run's duration to {@link JobMetrics}. One instance per run. */
@Named
@Dependent
public class JobTiming extends AbstractJobListener {

    @Inject
    private JobContext job;

    @Inject
    private JobMetrics metrics;

    private long startNanos;

    @Override
    public void beforeJob() {
        startNanos = System.nanoTime();
    }

    @Override
    public void afterJob() {
        metrics.ran(job.getJobName(), Duration.ofNanos(System.nanoTime() - startNanos));
    }
}
