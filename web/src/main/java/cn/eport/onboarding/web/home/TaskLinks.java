package cn.eport.onboarding.web.home;

import cn.eport.onboarding.tasks.EnterpriseFunction;
import cn.eport.onboarding.tasks.Task;
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
     * The page where the next step is taken: for 三证合一 the form or the record itself (the state
     * machine says whether the owner may modify it); {@code null} when the task is greyed.
     */
    public static String nextStepPage(Task task) {
        if (task.state().greyed()) {
            return null;
        }
        if (task.function() != EnterpriseFunction.REGISTRATION) {
            return functionPage(task.function());
        }
        if (task.applicationId() == null) {
            return "/enterprise/registration-edit";
        }
        boolean modifiable = ApplicationWorkflow.isAllowed(task.status(), WorkflowAction.MODIFY, Actor.OWNER);
        return (modifiable ? "/enterprise/registration-edit" : "/enterprise/registration-view") + "?id=" + task.applicationId();
    }
}
