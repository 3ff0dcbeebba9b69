package cn.eport.onboarding.web.batch;

import cn.eport.onboarding.batch.control.BatchJobs;
import cn.eport.onboarding.batch.control.JobControlService;
import cn.eport.onboarding.batch.control.JobRefusedException;
import cn.eport.onboarding.batch.control.Trigger;
import cn.eport.onboarding.web.i18n.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Properties;

/** {@code /batch/jobs}: every job with its schedule, last run and runs; 【启动】 per job. */
@Named
@ViewScoped
public class BatchJobsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private JobControlService jobs;

    @Inject
    private Messages messages;

    private List<JobPanel> panels;

    @PostConstruct
    void init() {
        panels = BatchJobs.ALL.stream().map(name -> new JobPanel(name, jobs)).toList();
    }

    public List<JobPanel> getPanels() {
        return panels;
    }

    /** 【启动】: starts the job now, or says why not (one execution of a job at a time). */
    public void start(JobPanel panel) {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            long id = jobs.start(panel.getName(), new Properties(), Trigger.CONSOLE);
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    messages.get("batch.started", jobName(panel.getName()), id), null));
        } catch (JobRefusedException refused) {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, BatchRefusals.text(messages, refused), null));
        }
        panel.refresh();
    }

    private String jobName(String job) {
        return messages.get("batch.job." + job);
    }
}
