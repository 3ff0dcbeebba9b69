package cn.eport.onboarding.forex;

import cn.eport.onboarding.enterprise.ApplicationNotFoundException;
import cn.eport.onboarding.workflow.ApplicationKind;

/** No such 外汇备案 for this enterprise: it does not exist or belongs to another one (the same answer for both). */
public class ForexFilingNotFoundException extends ApplicationNotFoundException {

    private static final long serialVersionUID = 1L;

    public ForexFilingNotFoundException(Long id) {
        super(ApplicationKind.FOREX_FILING, id, "No forex filing " + id + " for the caller's enterprise");
    }
}
