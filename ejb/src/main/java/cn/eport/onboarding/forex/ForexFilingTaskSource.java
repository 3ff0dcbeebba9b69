package cn.eport.onboarding.forex;

import cn.eport.onboarding.directory.FilingKind;
import cn.eport.onboarding.filing.FilingTaskSource;
import cn.eport.onboarding.tasks.EnterpriseFunction;
import jakarta.enterprise.context.ApplicationScoped;

/** 企业外汇备案授权 in the home page's task list: its status, or while not started its first failed precondition (F-41). */
@ApplicationScoped
public class ForexFilingTaskSource extends FilingTaskSource {

    @Override
    public EnterpriseFunction function() {
        return EnterpriseFunction.FOREX_FILING;
    }

    @Override
    protected Class<?> entity() {
        return ForexFiling.class;
    }

    @Override
    protected FilingKind filingKind() {
        return FilingKind.FOREX;
    }
}
