package cn.eport.onboarding.web.review;

import cn.eport.onboarding.review.AlreadyClaimedException;
import cn.eport.onboarding.review.NotClaimedByYouException;
import cn.eport.onboarding.review.NumbersExhaustedException;
import cn.eport.onboarding.review.OwnEnterpriseException;
import cn.eport.onboarding.review.ReturnReasonException;
import cn.eport.onboarding.review.ReviewItemNotFoundException;
import cn.eport.onboarding.review.ReviewRefusedException;
import cn.eport.onboarding.review.marks.ReturnMarkRefusedException;

/** The bundle key of the message that tells a reviewer why the console refused an action. */
final class ReviewRefusals {

    private ReviewRefusals() {
    }

    static String key(ReviewRefusedException refusal) {
        if (refusal instanceof AlreadyClaimedException) {
            return "review.refused.alreadyClaimed";
        }
        if (refusal instanceof NotClaimedByYouException) {
            return "review.refused.notYours";
        }
        if (refusal instanceof OwnEnterpriseException) {
            return "review.refused.ownEnterprise";
        }
        if (refusal instanceof ReturnReasonException reason) {
            return reason.problem() == ReturnReasonException.Problem.MISSING
                    ? "review.refused.reasonMissing" : "review.refused.reasonTooLong";
        }
        if (refusal instanceof ReturnMarkRefusedException mark) {
            return "review.refused.mark." + mark.problem();
        }
        if (refusal instanceof ReviewItemNotFoundException) {
            return "review.refused.notFound";
        }
        if (refusal instanceof NumbersExhaustedException) {
            return "review.refused.numbersExhausted";
        }
        throw new IllegalArgumentException("No message for " + refusal.getClass().getName());
    }

    /** The state machine refused: the application moved on (decided or claimed) since the page was shown. */
    static final String STATE_CHANGED = "review.refused.stateChanged";
}
