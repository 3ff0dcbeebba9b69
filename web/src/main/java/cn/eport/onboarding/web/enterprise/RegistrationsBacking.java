package cn.eport.onboarding.web.enterprise;

import cn.eport.onboarding.enterprise.ConcurrentChangeException;
import cn.eport.onboarding.enterprise.EnterpriseRegistration;
import cn.eport.onboarding.enterprise.RegistrationQuery;
import cn.eport.onboarding.enterprise.RegistrationService;
import cn.eport.onboarding.time.DateRange;
import cn.eport.onboarding.web.paging.PagedModel;
import cn.eport.onboarding.workflow.ApplicationStatus;
import cn.eport.onboarding.workflow.WorkflowAction;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.LazyDataModel;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** /enterprise/registrations: this enterprise's 三证合一 records (F-10, F-11, F-16). */
@Named
@ViewScoped
public class RegistrationsBacking extends StatusDateQueryBacking {

    private static final long serialVersionUID = 1L;

    @Inject
    private RegistrationService service;

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

    @Override
    protected void query(ApplicationStatus status, DateRange declared) {
        query = new RegistrationQuery(status, declared);
    }

    /** 删除 (after the confirmation dialog): drafts only, gone for good. */
    public void delete(EnterpriseRegistration record) {
        try {
            service.delete(record.getId(), record.getVersion());
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(messages.get("registration.deleted")));
        } catch (ConcurrentChangeException e) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    messages.get("common.concurrentChange"), null));
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

    public LazyDataModel<EnterpriseRegistration> getRecords() {
        return records;
    }
}
