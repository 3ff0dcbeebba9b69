package cn.eport.onboarding.mofcom;

import cn.eport.onboarding.status.EntityStatusSource;
import cn.eport.onboarding.workflow.ApplicationKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** 商务部备案 in 业务办理状态查询. */
@ApplicationScoped
public class MofcomFilingStatusSource extends EntityStatusSource {

    @Inject
    private MofcomFilingService filings;

    @Override
    public ApplicationKind kind() {
        return ApplicationKind.MOFCOM_FILING;
    }

    @Override
    protected Class<?> entity() {
        return MofcomFiling.class;
    }

    @Override
    public void delete(Long id, long expectedVersion) {
        filings.delete(id, expectedVersion);
    }
}
