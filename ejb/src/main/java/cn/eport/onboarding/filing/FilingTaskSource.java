package cn.eport.onboarding.filing;

import cn.eport.onboarding.directory.FilingKind;
import cn.eport.onboarding.tasks.EntityTaskSource;
import cn.eport.onboarding.tasks.TaskObstacle;
import jakarta.inject.Inject;

import java.util.Optional;

/**
 * A filing in the home page's task list: its status and next step like every application, and
 * while it is not started the kind's first failed precondition in the manual's words, as its page
 * shows it (F-21, F-31, F-41). A directory that cannot be reached stops nothing here: the page says
 * so when it is opened, and 申报 checks again. A kind's source names its function, entity and kind.
 */
public abstract class FilingTaskSource extends EntityTaskSource {

    @Inject
    private FilingPreconditions preconditions;

    protected abstract FilingKind filingKind();

    @Override
    public Optional<TaskObstacle> obstacle(String enterpriseUscc) {
        return preconditions.check(filingKind(), enterpriseUscc) instanceof FilingCheck.Blocked blocked
                ? Optional.of(new TaskObstacle(blocked.obstacle().messageKey(), blocked.arguments()))
                : Optional.empty();
    }
}
