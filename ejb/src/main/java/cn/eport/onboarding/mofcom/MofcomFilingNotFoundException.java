package cn.eport.onboarding.mofcom;

import cn.eport.onboarding.enterprise.ApplicationNotFoundException;
import cn.eport.onboarding.workflow.ApplicationKind;

/** No such 商务部备案 for this enterprise: it does not exist or belongs to another one (the same answer for both). */
public class MofcomFilingNotFoundException extends ApplicationNotFoundException {

    private static final long serialVersionUID = 1L;

    public MofcomFilingNotFoundException(Long id) {
        super(ApplicationKind.MOFCOM_FILING, id, "No MOFCOM filing " + id + " for the caller's enterprise");
    }
}
