package cn.eport.onboarding.web.enterprise;

import cn.eport.onboarding.enterprise.ApplicationNotFoundException;
import cn.eport.onboarding.enterprise.ConcurrentChangeException;
import cn.eport.onboarding.status.ApplicationSummary;
import cn.eport.onboarding.status.StatusQuery;
import cn.eport.onboarding.status.StatusQueryService;
import cn.eport.onboarding.time.DateRange;
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

/**
 * /enterprise/status: 业务办理状态查询 (F-60, F-61). This enterprise's applications of every kind in one
 * list, queried by status and submission date like the 三证合一 list; 查看/修改/删除 on each row as
 * the state machine allows, leading to the pages of the row's kind; 【新增补办法人卡】 starts one.
 */
@Named
@ViewScoped
public class StatusBacking extends StatusDateQueryBacking {

    private static final long serialVersionUID = 1L;

    @Inject
    private StatusQueryService service;

    private StatusQuery query = StatusQuery.ALL;
    private LazyDataModel<ApplicationSummary> records;

    @PostConstruct
    void init() {
        records = new PagedModel<>(() -> service.count(query), (first, max) -> service.list(query, first, max), ApplicationSummary::key);
    }

    @Override
    protected void query(ApplicationStatus status, DateRange declared) {
        query = new StatusQuery(status, declared);
    }

    /** 删除 (after the confirmation dialog): drafts only, gone for good. */
    public void delete(ApplicationSummary row) {
        String problem = null;
        try {
            service.delete(row.kind(), row.id(), row.version());
        } catch (ConcurrentChangeException e) {
            problem = "common.concurrentChange";
        } catch (ApplicationNotFoundException e) {
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

    public LazyDataModel<ApplicationSummary> getRecords() {
        return records;
    }
}
