package cn.eport.onboarding.web.enterprise;

import cn.eport.onboarding.enterprise.ApplicationNotFoundException;
import cn.eport.onboarding.enterprise.EnterpriseApplication;
import cn.eport.onboarding.enterprise.OwnApplications;
import cn.eport.onboarding.workflow.ApplicationStatus;
import cn.eport.onboarding.workflow.HistoryEntry;
import cn.eport.onboarding.workflow.WorkflowAction;

import jakarta.inject.Inject;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * The read-only page of one of the caller's applications of a kind (F-16, F-17): the application,
 * its history and, while it is returned, the reviewer's reason; 修改 and 打印 as the state machine
 * allows. A kind's page bean names its service and the getter its page reads.
 *
 * @param <A> the application kind's entity
 */
public abstract class ApplicationViewBacking<A extends EnterpriseApplication> implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private A application;
    private List<HistoryEntry> history;
    private String returnReason;

    @Inject
    private FormMarks marks;

    /** The kind's service. */
    protected abstract OwnApplications<A, ?, ?> service();

    /** f:viewAction: load the application, or answer 404. */
    public void load() throws IOException {
        if (application != null) {
            return;
        }
        try {
            application = service().find(id);
            history = service().history(id);
            // only while it is returned: after the next 申报 the reason is history, not the current outcome
            returnReason = application.getStatus() == ApplicationStatus.RETURNED ? service().returnReason(id).orElse(null) : null;
            if (application.getStatus() == ApplicationStatus.RETURNED) {
                marks.show(application.kind(), id);
            }
        } catch (ApplicationNotFoundException e) {
            NotFound.send();
        }
    }

    public boolean isPrintable() {
        return application != null && service().allowedActions(application).contains(WorkflowAction.PRINT);
    }

    public boolean isModifiable() {
        return application != null && service().allowedActions(application).contains(WorkflowAction.MODIFY);
    }

    protected A application() {
        return application;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public List<HistoryEntry> getHistory() {
        return history;
    }

    public String getReturnReason() {
        return returnReason;
    }
}
