package cn.eport.onboarding.tasks;

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
}
