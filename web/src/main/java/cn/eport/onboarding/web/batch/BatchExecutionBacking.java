package cn.eport.onboarding.web.batch;

import cn.eport.onboarding.batch.control.JobControlService;
import cn.eport.onboarding.batch.control.JobControlService.ExecutionState;
import cn.eport.onboarding.batch.control.JobRefusedException;
import cn.eport.onboarding.batch.control.RunRecord;
import cn.eport.onboarding.batch.run.Reject;
import cn.eport.onboarding.batch.run.StepRecords;
import cn.eport.onboarding.web.enterprise.NotFound;
import cn.eport.onboarding.web.i18n.Messages;
import cn.eport.onboarding.web.paging.PagedModel;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.net.MalformedURLException;
import java.time.Duration;
import java.util.List;

/**
 * {@code /batch/execution?id=N}: an execution's state, a progress bar and the counts of each
 * step (polled while it runs), its rejects (paged in the database, CSV download), 【停止】 and
 * 【重新运行】 as its state allows, and the job's own report fragment when the job has one
 * ({@code /WEB-INF/batch/reports/<job>.xhtml}, given {@code instanceId} and {@code executionId}).
 */
@Named
@ViewScoped
public class BatchExecutionBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String REPORTS = "/WEB-INF/batch/reports/";

    @EJB
    private JobControlService jobs;

    @EJB
    private StepRecords records;

    @Inject
    private Messages messages;

    private Long id;
    private ExecutionState state;
    private RunRecord run;
    private boolean restartable;
    private List<StepProgress> steps;
    private PagedModel<Reject> rejects;

    /** f:viewAction: the execution, or 404. */
    public void load() throws IOException {
        if (state != null) {
            return;
        }
        if (id == null) {
            NotFound.send();
            return;
        }
        try {
            read(id);
        } catch (JobRefusedException unknown) {
            NotFound.send();
            return;
        }
        long instance = state.instanceId();
        rejects = new PagedModel<>(() -> records.rejectCount(instance), (first, max) -> records.rejects(instance, first, max),
                reject -> reject.stepName() + ":" + reject.line() + ":" + reject.recordedAt() + ":" + reject.field());
    }

    /** p:poll while it runs, and after a button. */
    public void refresh() {
        read(state.executionId());
    }

    public void stop() {
        try {
            jobs.stop(state.executionId());
            info(messages.get("batch.stopping", state.executionId()));
        } catch (JobRefusedException refused) {
            error(BatchRefusals.text(messages, refused));
        }
        refresh();
    }

    /** 【重新运行】: continues from the last checkpoint as a new execution, whose page opens. */
    public String restart() {
        try {
            long restarted = jobs.restart(state.executionId());
            return "/batch/execution?faces-redirect=true&id=" + restarted;
        } catch (JobRefusedException refused) {
            error(BatchRefusals.text(messages, refused));
            refresh();
            return null;
        }
    }

    private void read(long executionId) {
        state = jobs.execution(executionId);
        run = jobs.run(executionId).orElse(null);
        restartable = state.isOver() && jobs.restartable(executionId);
        steps = records.counts(state.instanceId()).entrySet().stream()
                .map(e -> StepProgress.of(e.getKey(), e.getValue())).toList();
    }

    public boolean isRunning() {
        return state != null && !state.isOver();
    }

    public boolean isRestartable() {
        return restartable;
    }

    public Duration getDuration() {
        return state == null || state.started() == null || state.ended() == null ? null
                : Duration.between(state.started(), state.ended());
    }

    /** The job's report fragment, or null when it has none. */
    public String getReportPath() {
        String path = REPORTS + state.jobName() + ".xhtml";
        try {
            return FacesContext.getCurrentInstance().getExternalContext().getResource(path) == null ? null : path;
        } catch (MalformedURLException e) {
            return null;
        }
    }

    private static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    private static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ExecutionState getState() {
        return state;
    }

    public RunRecord getRun() {
        return run;
    }

    public List<StepProgress> getSteps() {
        return steps;
    }

    public PagedModel<Reject> getRejects() {
        return rejects;
    }
}
