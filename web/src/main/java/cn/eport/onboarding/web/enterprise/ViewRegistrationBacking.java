package cn.eport.onboarding.web.enterprise;

import cn.eport.onboarding.enterprise.EnterpriseRegistration;
import cn.eport.onboarding.enterprise.RegistrationNotFoundException;
import cn.eport.onboarding.enterprise.RegistrationService;
import cn.eport.onboarding.workflow.ApplicationStatus;
import cn.eport.onboarding.workflow.StatusTransition;
import cn.eport.onboarding.workflow.WorkflowAction;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** /enterprise/registration-view?id=…: one record read-only, with its history; 打印 where allowed (F-16, F-17). */
@Named
@ViewScoped
public class ViewRegistrationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RegistrationService service;

    private Long id;
    private EnterpriseRegistration registration;
    private List<StatusTransition> history;
    private String returnReason;

    public void load() throws IOException {
        if (registration != null) {
            return;
        }
        try {
            registration = service.find(id);
            history = service.history(id);
            // only while it is returned: after the next 申报 the reason is history, not the current outcome
            returnReason = registration.getStatus() == ApplicationStatus.RETURNED ? service.returnReason(id).orElse(null) : null;
        } catch (RegistrationNotFoundException e) {
            NotFound.send();
        }
    }

    public boolean isPrintable() {
        return registration != null && service.allowedActions(registration).contains(WorkflowAction.PRINT);
    }

    public boolean isModifiable() {
        return registration != null && service.allowedActions(registration).contains(WorkflowAction.MODIFY);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public EnterpriseRegistration getRegistration() {
        return registration;
    }

    public List<StatusTransition> getHistory() {
        return history;
    }

    public String getReturnReason() {
        return returnReason;
    }
}
