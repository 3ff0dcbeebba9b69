package cn.eport.onboarding.card;

import cn.eport.onboarding.tasks.EnterpriseFunction;
import cn.eport.onboarding.tasks.EntityTaskSource;
import jakarta.enterprise.context.ApplicationScoped;

/** 补办法人卡 in the task list: the application worked on last, and the statuses of all of them. */
@ApplicationScoped
public class LegalPersonCardTaskSource extends EntityTaskSource {

    @Override
    public EnterpriseFunction function() {
        return EnterpriseFunction.LEGAL_PERSON_CARD;
    }

    @Override
    protected Class<?> entity() {
        return LegalPersonCard.class;
    }
}
