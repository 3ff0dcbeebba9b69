package cn.eport.onboarding.enterprise;

import cn.eport.onboarding.review.EntityReviewSource;
import cn.eport.onboarding.workflow.Application;
import cn.eport.onboarding.workflow.ApplicationKind;
import jakarta.enterprise.context.ApplicationScoped;

/** 三证合一 records in the review console. */
@ApplicationScoped
public class RegistrationReviewSource extends EntityReviewSource {

    @Override
    public ApplicationKind kind() {
        return ApplicationKind.ENTERPRISE_REGISTRATION;
    }

    @Override
    protected Class<? extends Application> entity() {
        return EnterpriseRegistration.class;
    }
}
