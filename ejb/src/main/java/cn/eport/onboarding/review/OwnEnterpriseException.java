package cn.eport.onboarding.review;

import cn.eport.onboarding.workflow.ApplicationKind;

/** A reviewer may not review an application of the enterprise their own account belongs to. */
public class OwnEnterpriseException extends ReviewRefusedException {

    private static final long serialVersionUID = 1L;

    public OwnEnterpriseException(ApplicationKind kind, Long applicationId, String enterpriseUscc) {
        super(kind, applicationId, "the reviewer's account belongs to enterprise " + enterpriseUscc);
    }
}
