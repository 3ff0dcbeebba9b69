package cn.eport.onboarding.enterprise;

import cn.eport.onboarding.workflow.ApplicationKind;

/** No such record for this enterprise: it does not exist or belongs to another one (the same answer for both). */
public class RegistrationNotFoundException extends ApplicationNotFoundException {

    private static final long serialVersionUID = 1L;

    public RegistrationNotFoundException(Long id) {
        super(ApplicationKind.ENTERPRISE_REGISTRATION, id, "No enterprise registration " + id + " for the caller's enterprise");
    }
}
