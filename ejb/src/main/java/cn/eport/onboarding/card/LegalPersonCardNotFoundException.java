package cn.eport.onboarding.card;

import cn.eport.onboarding.enterprise.ApplicationNotFoundException;
import cn.eport.onboarding.workflow.ApplicationKind;

/** No such 补办法人卡 application for this enterprise: it does not exist or belongs to another one (the same answer for both). */
public class LegalPersonCardNotFoundException extends ApplicationNotFoundException {

    private static final long serialVersionUID = 1L;

    public LegalPersonCardNotFoundException(Long id) {
        super(ApplicationKind.LEGAL_PERSON_CARD, id, "No legal-person card application " + id + " for the caller's enterprise");
    }
}
