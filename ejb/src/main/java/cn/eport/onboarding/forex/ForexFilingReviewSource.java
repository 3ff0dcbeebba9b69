package cn.eport.onboarding.forex;

import cn.eport.onboarding.review.EntityReviewSource;
import cn.eport.onboarding.workflow.Application;
import cn.eport.onboarding.workflow.ApplicationKind;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Forex filings in the review console: those the directory did not confirm (F-42), filed under
 * the 主管海关 of the enterprise's 三证合一 record.
 */
@ApplicationScoped
public class ForexFilingReviewSource extends EntityReviewSource {

    @Override
    public ApplicationKind kind() {
        return ApplicationKind.FOREX_FILING;
    }

    @Override
    protected Class<? extends Application> entity() {
        return ForexFiling.class;
    }
}
