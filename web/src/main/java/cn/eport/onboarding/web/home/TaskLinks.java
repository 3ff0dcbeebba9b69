package cn.eport.onboarding.web.home;

import cn.eport.onboarding.tasks.EnterpriseFunction;
import cn.eport.onboarding.tasks.Task;
import cn.eport.onboarding.web.enterprise.ApplicationPages;
import cn.eport.onboarding.workflow.ApplicationKind;
import cn.eport.onboarding.workflow.Actor;
import cn.eport.onboarding.workflow.ApplicationWorkflow;
import cn.eport.onboarding.workflow.WorkflowAction;

/** Where each task of the home page's task list leads (paths without the context root). */
public final class TaskLinks {

    private TaskLinks() {
    }

    /** The function's page, as in the left menu. */
    public static String functionPage(EnterpriseFunction function) {
        return switch (function) {
            case REGISTRATION -> "/enterprise/registrations";
            case MOFCOM_FILING -> "/enterprise/mofcom-filing";
            case CUSTOMS_FILING -> "/enterprise/customs-filing";
            case FOREX_FILING -> "/enterprise/forex-filing";
            case OPERATOR_PRE_ENTRY -> "/enterprise/operators";
            // F-60: 补办法人卡 applications are listed in 业务办理状态查询
            case LEGAL_PERSON_CARD -> "/enterprise/status";
        };
    }

    /**
     * The page where the next step is taken: for a function whose application pages are built (三证合一,
     * 补办法人卡) the form or the application itself (the state machine says whether the owner may
     * modify it), else the function's page; {@code null} when the task is greyed.
     */
    public static String nextStepPage(Task task) {
        if (task.state().greyed()) {
            return null;
        }
        ApplicationKind kind = applicationKind(task.function());
        if (kind == null || !ApplicationPages.has(kind)) {
            return functionPage(task.function());
        }
        if (task.applicationId() == null) {
            return ApplicationPages.edit(kind);
        }
        boolean modifiable = ApplicationWorkflow.isAllowed(task.status(), WorkflowAction.MODIFY, Actor.OWNER);
        return (modifiable ? ApplicationPages.edit(kind) : ApplicationPages.view(kind)) + "?id=" + task.applicationId();
    }

    /** The kind of application a function files, {@code null} for one that files none. */
    static ApplicationKind applicationKind(EnterpriseFunction function) {
        return switch (function) {
            case REGISTRATION -> ApplicationKind.ENTERPRISE_REGISTRATION;
            case MOFCOM_FILING -> ApplicationKind.MOFCOM_FILING;
            case CUSTOMS_FILING -> ApplicationKind.CUSTOMS_FILING;
            case FOREX_FILING -> ApplicationKind.FOREX_FILING;
            case LEGAL_PERSON_CARD -> ApplicationKind.LEGAL_PERSON_CARD;
            case OPERATOR_PRE_ENTRY -> null;
        };
    }
}
