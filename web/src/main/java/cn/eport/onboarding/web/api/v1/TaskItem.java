package cn.eport.onboarding.web.api.v1;

import cn.eport.onboarding.tasks.Task;
import cn.eport.onboarding.web.home.TaskTexts;
import cn.eport.onboarding.workflow.ApplicationKind;
import cn.eport.onboarding.workflow.ApplicationStatus;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One line of the task list: the machine names and the home page's texts in the caller's language.
 *
 * @param state         NOT_OPEN, CANNOT_START, NOT_STARTED or STARTED
 * @param status        the latest application's status when STARTED, else absent
 * @param applicationId that application, else absent
 * @param nextStep      the next step's name (START, CONTINUE_DRAFT, WAIT_FOR_REVIEW, ...)
 * @param nextStepText  the next step as the home page says it, or why nothing can be done now
 */
@Schema(name = "TaskItem")
@JsonbPropertyOrder({"function", "kind", "name", "state", "statusText", "status", "applicationId", "applicationNumber",
        "nextStep", "nextStepText"})
public record TaskItem(String function, ApplicationKind kind, @Schema(example = "三证合一信息") String name, String state,
                       @Schema(example = "暂存") String statusText, ApplicationStatus status, Long applicationId,
                       String applicationNumber, String nextStep, @Schema(example = "继续填写并申报") String nextStepText) {

    static TaskItem of(Task task, TaskTexts texts) {
        return new TaskItem(task.function().name(), task.function().kind(), texts.name(task), task.state().name(),
                texts.status(task), task.status(), task.applicationId(), task.applicationNumber(), task.nextStep().name(),
                texts.nextStep(task));
    }
}
