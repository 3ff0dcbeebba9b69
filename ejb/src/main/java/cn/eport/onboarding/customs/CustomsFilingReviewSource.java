package cn.eport.onboarding.customs;

import cn.eport.onboarding.review.EntityReviewSource;
import cn.eport.onboarding.workflow.Application;
import cn.eport.onboarding.workflow.ApplicationKind;
import jakarta.enterprise.context.ApplicationScoped;

/** Customs filings in the review console (R-1, F-32: every one is reviewed), filed under their 主管海关. */
@ApplicationScoped
public class CustomsFilingReviewSource extends EntityReviewSource {

    @Override
    public ApplicationKind kind() {
        return ApplicationKind.CUSTOMS_FILING;
    }

    @Override
    protected Class<? extends Application> entity() {
        return CustomsFiling.class;
    }
}
