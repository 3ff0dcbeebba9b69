package cn.eport.onboarding.customs;

import cn.eport.onboarding.directory.FilingKind;
import cn.eport.onboarding.filing.FilingTaskSource;
import cn.eport.onboarding.tasks.EnterpriseFunction;
import jakarta.enterprise.context.ApplicationScoped;

/** 海关备案 in the home page's task list: its status, or while not started its first failed precondition (F-31). */
@ApplicationScoped
public class CustomsFilingTaskSource extends FilingTaskSource {

    @Override
    public EnterpriseFunction function() {
        return EnterpriseFunction.CUSTOMS_FILING;
    }

    @Override
    protected Class<?> entity() {
        return CustomsFiling.class;
    }

    @Override
    protected FilingKind filingKind() {
        return FilingKind.CUSTOMS;
    }
}
