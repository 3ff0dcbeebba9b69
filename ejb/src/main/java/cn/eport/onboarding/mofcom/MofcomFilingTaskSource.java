package cn.eport.onboarding.mofcom;

import cn.eport.onboarding.directory.FilingKind;
import cn.eport.onboarding.filing.FilingTaskSource;
import cn.eport.onboarding.tasks.EnterpriseFunction;
import jakarta.enterprise.context.ApplicationScoped;

/** 商务部备案 in the home page's task list: its status, or while not started its first failed precondition. */
@ApplicationScoped
public class MofcomFilingTaskSource extends FilingTaskSource {

    @Override
    public EnterpriseFunction function() {
        return EnterpriseFunction.MOFCOM_FILING;
    }

    @Override
    protected Class<?> entity() {
        return MofcomFiling.class;
    }

    @Override
    protected FilingKind filingKind() {
        return FilingKind.MOFCOM;
    }
}
