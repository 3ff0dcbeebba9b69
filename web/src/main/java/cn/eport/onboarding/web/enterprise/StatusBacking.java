package cn.eport.onboarding.web.enterprise;

import cn.eport.onboarding.card.LegalPersonCardNotFoundException;
import cn.eport.onboarding.enterprise.ConcurrentChangeException;
import cn.eport.onboarding.enterprise.RegistrationNotFoundException;
import cn.eport.onboarding.status.ApplicationSummary;
import cn.eport.onboarding.status.StatusQuery;
import cn.eport.onboarding.status.StatusQueryService;
import cn.eport.onboarding.time.DateRange;
import cn.eport.onboarding.web.i18n.Messages;
import cn.eport.onboarding.web.paging.PagedModel;
import cn.eport.onboarding.workflow.ApplicationStatus;
import cn.eport.onboarding.workflow.IllegalTransitionException;
import cn.eport.onboarding.workflow.WorkflowAction;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * /enterprise/status: 业务办理状态查询 (F-60, F-61). This enterprise's applications of every kind in one
 * list, queried by status and submission date like the 三证合一 list; 查看/修改/删除 on each row as
 * the state machine allows, leading to the pages of the row's kind; 【新增补办法人卡】 starts one.
 */
@Named
@ViewScoped
public class StatusBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private StatusQueryService service;

    @Inject
    private Messages messages;

    private ApplicationStatus status;
    private LocalDate from;
    private LocalDate to;
    private StatusQuery query = StatusQuery.ALL;
    private LazyDataModel<ApplicationSummary> records;

    @PostConstruct
    void init() {
        records = new PagedModel<>(() -> service.count(query), (first, max) -> service.list(query, first, max), ApplicationSummary::key);
    }

    /** 查询: a start date after the end date gets a message and no query. */
    public void search() {
        if (!DateRange.isValid(from, to)) {
            FacesContext.getCurrentInstance().addMessage("query:from", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    messages.get("common.dateRange.invalid"), null));
            return;
        }
        query = new StatusQuery(status, new DateRange(from, to));
    }

    /** 重置: status and dates back to their defaults. */
    public void reset() {
        status = null;
        from = null;
        to = null;
        query = StatusQuery.ALL;
    }

    /** 删除 (after the confirmation dialog): drafts only, gone for good. */
    public void delete(ApplicationSummary row) {
        String problem = null;
        try {
            service.delete(row.kind(), row.id(), row.version());
        } catch (ConcurrentChangeException e) {
            problem = "common.concurrentChange";
        } catch (RegistrationNotFoundException | LegalPersonCardNotFoundException e) {
            problem = "statusQuery.notFound";
        } catch (IllegalTransitionException e) {
            problem = "statusQuery.notDeletable";
        }
        FacesContext.getCurrentInstance().addMessage(null, problem == null
                ? new FacesMessage(messages.get("statusQuery.deleted"))
                : new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.get(problem), null));
    }

    /** Whether the row offers this action: the state machine allows it and its kind has the page for it. */
    public boolean allows(ApplicationSummary row, String action) {
        WorkflowAction wanted = WorkflowAction.valueOf(action);
        return service.allowedActions(row.status()).contains(wanted)
                && (wanted == WorkflowAction.DELETE || ApplicationPages.has(row.kind()));
    }

    public String viewPage(ApplicationSummary row) {
        return ApplicationPages.view(row.kind());
    }

    public String editPage(ApplicationSummary row) {
        return ApplicationPages.edit(row.kind());
    }

    public ApplicationStatus[] getStatuses() {
        return ApplicationStatus.values();
    }

    public LazyDataModel<ApplicationSummary> getRecords() {
        return records;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public void setStatus(ApplicationStatus status) {
        this.status = status;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
