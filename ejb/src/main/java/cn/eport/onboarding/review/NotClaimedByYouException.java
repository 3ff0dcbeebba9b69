package cn.eport.onboarding.review;

import cn.eport.onboarding.workflow.ApplicationKind;

/** Only the reviewer who claimed an application may approve or return it. */
public class NotClaimedByYouException extends ReviewRefusedException {

    private static final long serialVersionUID = 1L;

    public NotClaimedByYouException(ApplicationKind kind, Long applicationId, String caller) {
        super(kind, applicationId, "not claimed by " + caller);
    }
}
