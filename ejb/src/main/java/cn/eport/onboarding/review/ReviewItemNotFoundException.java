package cn.eport.onboarding.review;

import cn.eport.onboarding.workflow.ApplicationKind;

/** No application of this kind with this id. */
public class ReviewItemNotFoundException extends ReviewRefusedException {

    private static final long serialVersionUID = 1L;

    public ReviewItemNotFoundException(ApplicationKind kind, Long applicationId) {
        super(kind, applicationId, "no such application");
    }
}
