package cn.eport.onboarding.enterprise;

import cn.eport.onboarding.status.EntityStatusSource;
import cn.eport.onboarding.workflow.ApplicationKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** 三证合一 records in 业务办理状态查询 (F-60). */
@ApplicationScoped
public class RegistrationStatusSource extends EntityStatusSource {

    @Inject
    private RegistrationService registrations;

    @Override
    public ApplicationKind kind() {
        return ApplicationKind.ENTERPRISE_REGISTRATION;
    }

    @Override
    protected Class<?> entity() {
        return EnterpriseRegistration.class;
    }

    @Override
    public void delete(Long id, long expectedVersion) {
        registrations.delete(id, expectedVersion);
    }
}
