package cn.eport.onboarding.web.home;

import cn.eport.onboarding.tasks.Task;
import cn.eport.onboarding.tasks.TaskListService;
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
        return texts().name(task);
    }

    public String status(Task task) {
        return texts().status(task);
    }

    public String nextStep(Task task) {
        return texts().nextStep(task);
    }

    private TaskTexts texts() {
        return new TaskTexts(messages::get);
    }

    public String functionPage(Task task) {
        return task.state().greyed() ? null : TaskLinks.functionPage(task.function());
    }

    public String nextStepPage(Task task) {
        return TaskLinks.nextStepPage(task);
    }
}
