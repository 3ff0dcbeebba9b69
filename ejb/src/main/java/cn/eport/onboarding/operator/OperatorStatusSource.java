package cn.eport.onboarding.operator;

import cn.eport.onboarding.status.EntityStatusSource;
import cn.eport.onboarding.workflow.ApplicationKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Operator entries in 业务办理状态查询 (F-61). */
@ApplicationScoped
public class OperatorStatusSource extends EntityStatusSource {

    @Inject
    private OperatorService operators;

    @Override
    public ApplicationKind kind() {
        return ApplicationKind.OPERATOR;
    }

    @Override
    protected Class<?> entity() {
        return Operator.class;
    }

    @Override
    public void delete(Long id, long expectedVersion) {
        operators.delete(id, expectedVersion);
    }
}
