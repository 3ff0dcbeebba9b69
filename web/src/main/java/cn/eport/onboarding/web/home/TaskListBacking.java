package cn.eport.onboarding.web.home;

import cn.eport.onboarding.tasks.Task;
import cn.eport.onboarding.tasks.TaskListService;
import cn.eport.onboarding.tasks.TaskState;
import cn.eport.onboarding.web.i18n.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** The task list on the home page of an enterprise user: status and next step of every function. */
@Named
@RequestScoped
public class TaskListBacking {

    @Inject
    private TaskListService service;

    @Inject
    private Messages messages;

    private List<Task> tasks;

    public List<Task> getTasks() {
        if (tasks == null) {
            tasks = service.tasks();
        }
        return tasks;
    }

    public String name(Task task) {
        return messages.get("home.tasks.function." + task.function());
    }

    /** 未开始, or the status word every list uses (暂存, 申报, …), or why nothing can be done: 暂未开放, 暂不能办理. */
    public String status(Task task) {
        return task.state() == TaskState.STARTED
                ? messages.get("status." + task.status())
                : messages.get("home.tasks.state." + task.state());
    }

    /** The next step, or for a greyed task the reason it cannot be done now. */
    public String nextStep(Task task) {
        String precondition = task.obstacle() != null
                ? messages.get(task.obstacle().messageKey(), task.obstacle().arguments().toArray())
                : task.unmetPrecondition() == null ? null : messages.get("home.tasks.precondition." + task.unmetPrecondition());
        return switch (task.state()) {
            case NOT_OPEN -> precondition == null ? messages.get("home.tasks.notOpen") : messages.get("home.tasks.notOpenAndNeeds", precondition);
            case CANNOT_START -> precondition;
            case NOT_STARTED, STARTED -> messages.get("home.tasks.next." + task.nextStep());
        };
    }

    public String functionPage(Task task) {
        return task.state().greyed() ? null : TaskLinks.functionPage(task.function());
    }

    public String nextStepPage(Task task) {
        return TaskLinks.nextStepPage(task);
    }
}
