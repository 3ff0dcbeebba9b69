package cn.eport.onboarding.customs;

import cn.eport.onboarding.status.EntityStatusSource;
import cn.eport.onboarding.workflow.ApplicationKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The customs filing in 业务办理状态查询 (F-60's list of every kind). */
@ApplicationScoped
public class CustomsFilingStatusSource extends EntityStatusSource {

    @Inject
    private CustomsFilingService filings;

    @Override
    public ApplicationKind kind() {
        return ApplicationKind.CUSTOMS_FILING;
    }

    @Override
    protected Class<?> entity() {
        return CustomsFiling.class;
    }

    @Override
    public void delete(Long id, long expectedVersion) {
        filings.delete(id, expectedVersion);
    }
}
