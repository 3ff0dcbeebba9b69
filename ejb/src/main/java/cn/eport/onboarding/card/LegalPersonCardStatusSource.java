package cn.eport.onboarding.card;

import cn.eport.onboarding.status.EntityStatusSource;
import cn.eport.onboarding.workflow.ApplicationKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** 补办法人卡 applications in 业务办理状态查询 (F-60). */
@ApplicationScoped
public class LegalPersonCardStatusSource extends EntityStatusSource {

    @Inject
    private LegalPersonCardService cards;

    @Override
    public ApplicationKind kind() {
        return ApplicationKind.LEGAL_PERSON_CARD;
    }

    @Override
    protected Class<?> entity() {
        return LegalPersonCard.class;
    }

    @Override
    public void delete(Long id, long expectedVersion) {
        cards.delete(id, expectedVersion);
    }
}
