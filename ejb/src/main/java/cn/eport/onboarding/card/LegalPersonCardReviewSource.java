package cn.eport.onboarding.card;

import cn.eport.onboarding.review.EntityReviewSource;
import cn.eport.onboarding.workflow.Application;
import cn.eport.onboarding.workflow.ApplicationKind;
import jakarta.enterprise.context.ApplicationScoped;

/** 补办法人卡 applications in the review console, filed under the 主管海关 that issues the card. */
@ApplicationScoped
public class LegalPersonCardReviewSource extends EntityReviewSource {

    @Override
    public ApplicationKind kind() {
        return ApplicationKind.LEGAL_PERSON_CARD;
    }

    @Override
    protected Class<? extends Application> entity() {
        return LegalPersonCard.class;
    }
}
