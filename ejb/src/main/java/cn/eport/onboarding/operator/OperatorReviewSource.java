package cn.eport.onboarding.operator;

import cn.eport.onboarding.review.EntityReviewSource;
import cn.eport.onboarding.workflow.Application;
import cn.eport.onboarding.workflow.ApplicationKind;
import jakarta.enterprise.context.ApplicationScoped;

/** Declared operators in the review console, filed under the 主管海关 of their enterprise's 三证合一 record. */
@ApplicationScoped
public class OperatorReviewSource extends EntityReviewSource {

    @Override
    public ApplicationKind kind() {
        return ApplicationKind.OPERATOR;
    }

    @Override
    protected Class<? extends Application> entity() {
        return Operator.class;
    }
}
