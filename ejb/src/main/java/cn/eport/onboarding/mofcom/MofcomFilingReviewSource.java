package cn.eport.onboarding.mofcom;

import cn.eport.onboarding.review.EntityReviewSource;
import cn.eport.onboarding.workflow.Application;
import cn.eport.onboarding.workflow.ApplicationKind;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * 商务部备案 in the review console: approved at once (F-22), so never waiting in the queue, but
 * reviewers find and view it, filed under the 主管海关 of the enterprise's 三证合一 record.
 */
@ApplicationScoped
public class MofcomFilingReviewSource extends EntityReviewSource {

    @Override
    public ApplicationKind kind() {
        return ApplicationKind.MOFCOM_FILING;
    }

    @Override
    protected Class<? extends Application> entity() {
        return MofcomFiling.class;
    }
}
