package cn.eport.onboarding.forex;

import cn.eport.onboarding.status.EntityStatusSource;
import cn.eport.onboarding.workflow.ApplicationKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The forex filing in 业务办理状态查询 (F-60's list of every kind). */
@ApplicationScoped
public class ForexFilingStatusSource extends EntityStatusSource {

    @Inject
    private ForexFilingService filings;

    @Override
    public ApplicationKind kind() {
        return ApplicationKind.FOREX_FILING;
    }

    @Override
    protected Class<?> entity() {
        return ForexFiling.class;
    }

    @Override
    public void delete(Long id, long expectedVersion) {
        filings.delete(id, expectedVersion);
    }
}
