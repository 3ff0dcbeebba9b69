package cn.eport.onboarding.web.home;

import cn.eport.onboarding.tasks.Task;
import cn.eport.onboarding.tasks.TaskState;

import java.util.function.BiFunction;

/**
 * What the task list says about a task, in a language: the home page and the token API say the same.
 *
 * @param messages the bundle lookup: key and arguments to text
 */
public record TaskTexts(BiFunction<String, Object[], String> messages) {

    private String get(String key, Object... arguments) {
        return messages.apply(key, arguments);
    }

    public String name(Task task) {
        return get("home.tasks.function." + task.function());
    }

    /** 未开始, or the status word every list uses (暂存, 申报, …), or why nothing can be done: 暂未开放, 暂不能办理. */
    public String status(Task task) {
        return task.state() == TaskState.STARTED
                ? get("status." + task.status())
                : get("home.tasks.state." + task.state());
    }

    /** The next step, or for a greyed task the reason it cannot be done now. */
    public String nextStep(Task task) {
        String precondition = task.obstacle() != null
                ? get(task.obstacle().messageKey(), task.obstacle().arguments().toArray())
                : task.unmetPrecondition() == null ? null : get("home.tasks.precondition." + task.unmetPrecondition());
        return switch (task.state()) {
            case NOT_OPEN -> precondition == null ? get("home.tasks.notOpen") : get("home.tasks.notOpenAndNeeds", precondition);
            case CANNOT_START -> precondition;
            case NOT_STARTED, STARTED -> get("home.tasks.next." + task.nextStep());
        };
    }
}
