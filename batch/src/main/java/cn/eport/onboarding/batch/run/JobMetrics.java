package cn.eport.onboarding.batch.run;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

import java.time.Duration;

/**
 * The batch figures an operator watches (issue 13, X-6, ADR 0032), per job: how long each run took
 * ({@value #DURATION}, a timer) and how many records its steps rejected ({@value #REJECTS}).
 */
@ApplicationScoped
public class JobMetrics {

    static final String DURATION = "eport_batch_job_duration";
    static final String REJECTS = "eport_batch_rejects";

    @Inject
    private MetricRegistry registry;

    /** A run of the job ended (completed, failed or stopped) after this long. */
    public void ran(String job, Duration took) {
        registry.timer(Metadata.builder().withName(DURATION).withDescription("Batch job runs and how long they took, by job")
                .build(), new Tag("job", job)).update(took);
    }

    /** A step of the job rejected a record. */
    public void rejected(String job) {
        registry.counter(Metadata.builder().withName(REJECTS).withDescription("Records rejected by batch jobs, by job")
                .build(), new Tag("job", job)).inc();
    }
}
