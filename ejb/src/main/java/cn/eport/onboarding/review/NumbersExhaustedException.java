package cn.eport.onboarding.review;

import cn.eport.onboarding.workflow.ApplicationKind;

/**
 * Approval would give the application an official number, and the numbers of its range are all
 * given (e.g. the 9,999 sequence numbers of one 海关注册编码 prefix); nothing was changed, and the
 * reviewer is told to have the range settled by the issuing office.
 */
public class NumbersExhaustedException extends ReviewRefusedException {

    private static final long serialVersionUID = 1L;

    public NumbersExhaustedException(ApplicationKind kind, Long applicationId, String range) {
        super(kind, applicationId, "no number left in the range " + range);
    }
}
