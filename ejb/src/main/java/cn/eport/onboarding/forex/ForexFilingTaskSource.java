package cn.eport.onboarding.forex;

import cn.eport.onboarding.tasks.EnterpriseFunction;
import cn.eport.onboarding.tasks.EntityTaskSource;
import jakarta.enterprise.context.ApplicationScoped;

/** 企业外汇备案授权 in the task list. */
@ApplicationScoped
public class ForexFilingTaskSource extends EntityTaskSource {

    @Override
    public EnterpriseFunction function() {
        return EnterpriseFunction.FOREX_FILING;
    }

    @Override
    protected Class<?> entity() {
        return ForexFiling.class;
    }
}
