package cn.eport.onboarding.batch.source;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Deletes the files a job instance downloaded from URLs ({@link HttpSourceOpener}) once the run has
 * completed. A failed or stopped run keeps them, so that its restart reads the same bytes; what a
 * run never restarted leaves behind goes with the spool's age limit.
 */
@Named
@Dependent
public class SpoolRelease extends AbstractJobListener {

    private static final Logger LOG = Logger.getLogger(SpoolRelease.class.getName());

    @Inject
    private JobContext job;

    @Inject
    private HttpSourceOpener downloads;

    @Override
    public void afterJob() {
        // a run that ends well is still STARTED here in JBatch (COMPLETED is set after the listeners)
        BatchStatus status = job.getBatchStatus();
        if (status == BatchStatus.STARTED || status == BatchStatus.COMPLETED) {
            try {
                downloads.release(job.getInstanceId());
            } catch (IOException e) {
                // the run's work is done; the spool's age limit removes the files later
                LOG.log(Level.WARNING, "Cannot delete the downloads of job instance " + job.getInstanceId(), e);
            }
        }
    }
}
