package cn.eport.onboarding.enterprise;

import cn.eport.onboarding.tasks.EnterpriseFunction;
import cn.eport.onboarding.tasks.EntityTaskSource;
import jakarta.enterprise.context.ApplicationScoped;

/** 三证合一 in the task list: the record worked on last, and the statuses of all of them. */
@ApplicationScoped
public class RegistrationTaskSource extends EntityTaskSource {

    @Override
    public EnterpriseFunction function() {
        return EnterpriseFunction.REGISTRATION;
    }

    @Override
    protected Class<?> entity() {
        return EnterpriseRegistration.class;
    }
}
