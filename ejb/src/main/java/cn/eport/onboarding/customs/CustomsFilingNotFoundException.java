package cn.eport.onboarding.customs;

import cn.eport.onboarding.enterprise.ApplicationNotFoundException;
import cn.eport.onboarding.workflow.ApplicationKind;

/** No such 海关备案 for this enterprise: it does not exist or belongs to another one (the same answer for both). */
public class CustomsFilingNotFoundException extends ApplicationNotFoundException {

    private static final long serialVersionUID = 1L;

    public CustomsFilingNotFoundException(Long id) {
        super(ApplicationKind.CUSTOMS_FILING, id, "No customs filing " + id + " for the caller's enterprise");
    }
}
