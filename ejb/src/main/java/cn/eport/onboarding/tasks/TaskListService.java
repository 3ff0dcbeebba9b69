package cn.eport.onboarding.tasks;

import cn.eport.onboarding.account.AccountRepository;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The home page's task list: every function with the caller's enterprise's status in it and
 * the next step. The enterprise is the logged-in account's; nothing from the browser chooses it.
 */
@Stateless
@RolesAllowed("ENTERPRISE")
public class TaskListService {

    @Resource
    private SessionContext session;

    @Inject
    private AccountRepository accounts;

    @Inject
    @Any
    private Instance<TaskSource> sources;

    /** One task per function, in {@link EnterpriseFunction} order. */
    public List<Task> tasks() {
        String uscc = callerEnterpriseUscc();
        Map<EnterpriseFunction, FunctionProgress> built = new EnumMap<>(EnterpriseFunction.class);
        Map<EnterpriseFunction, TaskObstacle> obstacles = new EnumMap<>(EnterpriseFunction.class);
        for (TaskSource source : sources) {
            FunctionProgress progress = source.progress(uscc);
            if (built.put(source.function(), progress) != null) {
                throw new IllegalStateException("Two task sources for " + source.function());
            }
            if (!progress.started()) {
                source.obstacle(uscc).ifPresent(o -> obstacles.put(source.function(), o));
            }
        }
        return TaskRules.taskList(built, obstacles);
    }

    private String callerEnterpriseUscc() {
        return accounts.requireEnterpriseOf(session.getCallerPrincipal().getName()).getUscc();
    }
}
