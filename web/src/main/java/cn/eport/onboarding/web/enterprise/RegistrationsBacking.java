package cn.eport.onboarding.web.enterprise;

import cn.eport.onboarding.enterprise.ConcurrentChangeException;
import cn.eport.onboarding.enterprise.EnterpriseRegistration;
import cn.eport.onboarding.enterprise.RegistrationQuery;
import cn.eport.onboarding.enterprise.RegistrationService;
import cn.eport.onboarding.time.DateRange;
import cn.eport.onboarding.web.i18n.Messages;
import cn.eport.onboarding.workflow.ApplicationStatus;
import cn.eport.onboarding.workflow.WorkflowAction;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import cn.eport.onboarding.web.paging.PagedModel;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** /enterprise/registrations: this enterprise's 三证合一 records (F-10, F-11, F-16). */
@Named
@ViewScoped
public class RegistrationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RegistrationService service;

    @Inject
    private Messages messages;

    private ApplicationStatus status;
    private LocalDate from;
    private LocalDate to;
    private RegistrationQuery query = RegistrationQuery.ALL;
    private LazyDataModel<EnterpriseRegistration> records;
    private Map<Long, String> returnReasons = new HashMap<>();

    @PostConstruct
    void init() {
        records = new PagedModel<>(() -> service.count(query), this::page, EnterpriseRegistration::getId);
    }

    /** One page of records, with the return reasons of those returned (one query for the page). */
    private List<EnterpriseRegistration> page(int first, int max) {
        List<EnterpriseRegistration> page = service.list(query, first, max);
        returnReasons = new HashMap<>(service.returnReasons(page));
        return page;
    }

    /** 查询: a start date after the end date gets a message and no query (F-11). */
    public void search() {
        if (!DateRange.isValid(from, to)) {
            FacesContext.getCurrentInstance().addMessage("query:from", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    messages.get("common.dateRange.invalid"), null));
            return;
        }
        query = new RegistrationQuery(status, new DateRange(from, to));
    }

    /** 重置: status and dates back to their defaults. */
    public void reset() {
        status = null;
        from = null;
        to = null;
        query = RegistrationQuery.ALL;
    }

    /** 删除 (after the confirmation dialog): drafts only, gone for good. */
    public void delete(EnterpriseRegistration record) {
        try {
            service.delete(record.getId(), record.getVersion());
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(messages.get("registration.deleted")));
        } catch (ConcurrentChangeException e) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    messages.get("registration.concurrentChange"), null));
        }
    }

    public Set<WorkflowAction> actionsOf(EnterpriseRegistration record) {
        return service.allowedActions(record);
    }

    public boolean allows(EnterpriseRegistration record, String action) {
        return actionsOf(record).contains(WorkflowAction.valueOf(action));
    }

    /** The reviewer's reason of a returned record on the page shown. */
    public String returnReasonOf(EnterpriseRegistration record) {
        return returnReasons.get(record.getId());
    }

    public ApplicationStatus[] getStatuses() {
        return ApplicationStatus.values();
    }

    public LazyDataModel<EnterpriseRegistration> getRecords() {
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
