package cn.eport.onboarding.web.attachment;

import cn.eport.onboarding.workflow.Actor;
import cn.eport.onboarding.workflow.ApplicationStatus;
import cn.eport.onboarding.workflow.ApplicationWorkflow;
import cn.eport.onboarding.workflow.WorkflowAction;

/** What an application's entry form tells its attachments panel (F-14), the same for every kind. */
public final class FormAttachments {

    private FormAttachments() {
    }

    /**
     * The key under which a new application's uploads wait for its first save: the request token that
     * save creates it with (docs/adr/0011-attachment-staging.md). Kept by the form, never sent to the browser.
     */
    public static String stagingKey(Long applicationId, String requestToken) {
        return applicationId == null ? requestToken : null;
    }

    /** Attachments may be added and deleted while the state machine lets the owner modify the application. */
    public static boolean editable(Long applicationId, ApplicationStatus status) {
        return applicationId == null || ApplicationWorkflow.isAllowed(status, WorkflowAction.MODIFY, Actor.OWNER);
    }
}
