package cn.eport.onboarding.tasks;

import java.util.Optional;

/**
 * What the task list needs of one function: one implementation (a CDI bean) per built function.
 * A function joins the task list with its real status by adding one of these; until then the
 * list shows it as not open yet. Called by {@link TaskListService} only, with the caller's own
 * enterprise.
 */
public interface TaskSource {

    EnterpriseFunction function();

    /** The enterprise's applications of this function. */
    FunctionProgress progress(String enterpriseUscc);

    /**
     * What stops the enterprise from starting this function beyond its {@link Precondition} (a filing's
     * failed precondition); asked only while nothing is started. Default: nothing.
     */
    default Optional<TaskObstacle> obstacle(String enterpriseUscc) {
        return Optional.empty();
    }
}
