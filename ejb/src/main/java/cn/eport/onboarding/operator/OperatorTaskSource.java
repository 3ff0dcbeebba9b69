package cn.eport.onboarding.operator;

import cn.eport.onboarding.tasks.EnterpriseFunction;
import cn.eport.onboarding.tasks.EntityTaskSource;
import jakarta.enterprise.context.ApplicationScoped;

/** 操作员信息预录入 in the task list: the entry worked on last, and the statuses of all of them. */
@ApplicationScoped
public class OperatorTaskSource extends EntityTaskSource {

    @Override
    public EnterpriseFunction function() {
        return EnterpriseFunction.OPERATOR_PRE_ENTRY;
    }

    @Override
    protected Class<?> entity() {
        return Operator.class;
    }
}
