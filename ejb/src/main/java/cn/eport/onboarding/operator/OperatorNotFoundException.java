package cn.eport.onboarding.operator;

import cn.eport.onboarding.enterprise.ApplicationNotFoundException;
import cn.eport.onboarding.workflow.ApplicationKind;

/** No such operator entry for this enterprise: it does not exist or belongs to another one (the same answer for both). */
public class OperatorNotFoundException extends ApplicationNotFoundException {

    private static final long serialVersionUID = 1L;

    public OperatorNotFoundException(Long id) {
        super(ApplicationKind.OPERATOR, id, "No operator " + id + " for the caller's enterprise");
    }
}
