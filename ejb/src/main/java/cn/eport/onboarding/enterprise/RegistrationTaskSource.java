package cn.eport.onboarding.enterprise;

import cn.eport.onboarding.tasks.EnterpriseFunction;
import cn.eport.onboarding.tasks.FunctionProgress;
import cn.eport.onboarding.tasks.TaskSource;
import cn.eport.onboarding.workflow.ApplicationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** 三证合一 in the task list: the record worked on last, and the statuses of all of them. */
@ApplicationScoped
public class RegistrationTaskSource implements TaskSource {

    @PersistenceContext
    private EntityManager em;

    @Override
    public EnterpriseFunction function() {
        return EnterpriseFunction.REGISTRATION;
    }

    @Override
    public FunctionProgress progress(String enterpriseUscc) {
        Optional<Object[]> latest = em.createQuery("SELECT r.id, r.status FROM EnterpriseRegistration r"
                        + " WHERE r.enterpriseUscc = :uscc ORDER BY r.updatedAt DESC, r.id DESC", Object[].class)
                .setParameter("uscc", enterpriseUscc).setMaxResults(1).getResultStream().findFirst();
        if (latest.isEmpty()) {
            return FunctionProgress.NONE;
        }
        ApplicationStatus latestStatus = (ApplicationStatus) latest.get()[1];
        Set<ApplicationStatus> statuses = EnumSet.of(latestStatus);
        // a change committed between the two queries must not make the latest status go missing
        statuses.addAll(em.createQuery("SELECT DISTINCT r.status FROM EnterpriseRegistration r WHERE r.enterpriseUscc = :uscc",
                ApplicationStatus.class).setParameter("uscc", enterpriseUscc).getResultList());
        return new FunctionProgress((Long) latest.get()[0], latestStatus, statuses);
    }
}
