package cn.eport.onboarding.web.batch;

import cn.eport.onboarding.batch.control.JobControlService;
import cn.eport.onboarding.batch.control.JobSchedule;
import cn.eport.onboarding.batch.control.RunView;
import cn.eport.onboarding.web.paging.PagedModel;

import java.io.Serializable;

/** One job on the console: its schedule, last run and runs (paged in the database, newest first). */
public class JobPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String name;
    private final PagedModel<RunView> runs;
    private transient JobSchedule.Entry schedule;
    private transient RunView lastRun;
    private transient boolean lastRunRead;
    private final JobControlService jobs;

    JobPanel(String name, JobControlService jobs) {
        this.name = name;
        this.jobs = jobs;
        this.runs = new PagedModel<>(() -> jobs.runCount(name), (first, max) -> jobs.runs(name, first, max),
                run -> run.run().id());
    }

    public String getName() {
        return name;
    }

    public JobSchedule.Entry getSchedule() {
        if (schedule == null) {
            schedule = jobs.schedule(name);
        }
        return schedule;
    }

    public RunView getLastRun() {
        if (!lastRunRead) {
            lastRun = jobs.lastRun(name).orElse(null);
            lastRunRead = true;
        }
        return lastRun;
    }

    public PagedModel<RunView> getRuns() {
        return runs;
    }

    /** Forgets what was read, after a start: the page shows the new run. */
    void refresh() {
        schedule = null;
        lastRun = null;
        lastRunRead = false;
    }
}
