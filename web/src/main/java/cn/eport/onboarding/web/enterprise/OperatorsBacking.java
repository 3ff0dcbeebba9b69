package cn.eport.onboarding.web.enterprise;

import cn.eport.onboarding.enterprise.ApplicationNotFoundException;
import cn.eport.onboarding.enterprise.ConcurrentChangeException;
import cn.eport.onboarding.operator.Operator;
import cn.eport.onboarding.operator.OperatorQuery;
import cn.eport.onboarding.operator.OperatorService;
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

/**
 * /enterprise/operators: 操作员信息预录入 (F-50). This enterprise's operators, paged in the database,
 * queried by 证件号码, 姓名 and status; 【重置】 clears the query; 查看/修改/删除 on each row as the state
 * machine allows; 【新增】 opens the form. Without a saved 三证合一 record the page says so instead (F-51).
 */
@Named
@ViewScoped
public class OperatorsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OperatorService service;

    @Inject
    private Messages messages;

    private String idNumber;
    private String name;
    private ApplicationStatus status;
    private OperatorQuery query = OperatorQuery.ALL;
    private boolean registered;
    private LazyDataModel<Operator> records;

    @PostConstruct
    void init() {
        registered = service.registration().isPresent();
        records = new PagedModel<>(() -> service.count(query), (first, max) -> service.list(query, first, max), Operator::getId);
    }

    /** 查询 */
    public void search() {
        query = new OperatorQuery(idNumber, name, status);
    }

    /** 重置: the conditions cleared, every operator listed. */
    public void reset() {
        idNumber = null;
        name = null;
        status = null;
        query = OperatorQuery.ALL;
    }

    /** 删除 (after the confirmation dialog): drafts only, gone for good. */
    public void delete(Operator row) {
        String problem = null;
        try {
            service.delete(row.getId(), row.getVersion());
        } catch (ConcurrentChangeException e) {
            problem = "common.concurrentChange";
        } catch (ApplicationNotFoundException e) {
            problem = "operator.notFound";
        } catch (IllegalTransitionException e) {
            problem = "operator.notDeletable";
        }
        FacesContext.getCurrentInstance().addMessage(null, problem == null
                ? new FacesMessage(messages.get("operator.deleted"))
                : new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.get(problem), null));
    }

    public boolean allows(Operator row, String action) {
        return service.allowedActions(row).contains(WorkflowAction.valueOf(action));
    }

    public LazyDataModel<Operator> getRecords() {
        return records;
    }

    public boolean isRegistered() {
        return registered;
    }

    public ApplicationStatus[] getStatuses() {
        return ApplicationStatus.values();
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public void setStatus(ApplicationStatus status) {
        this.status = status;
    }
}
