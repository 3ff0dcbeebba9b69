package cn.eport.onboarding.review.dashboard;

import cn.eport.onboarding.workflow.ApplicationStatus;

/** How many applications of one group (a kind, a 主管海关) wait: not yet claimed, and in review. */
public record WaitingCounts(long declared, long underReview) {

    public static final WaitingCounts NONE = new WaitingCounts(0, 0);

    public long total() {
        return declared + underReview;
    }

    public long of(ApplicationStatus status) {
        return switch (status) {
            case DECLARED -> declared;
            case UNDER_REVIEW -> underReview;
            default -> 0;
        };
    }

    WaitingCounts plus(WaitingCounts other) {
        return new WaitingCounts(declared + other.declared, underReview + other.underReview);
    }

    WaitingCounts plus(ApplicationStatus status, long count) {
        return switch (status) {
            case DECLARED -> new WaitingCounts(declared + count, underReview);
            case UNDER_REVIEW -> new WaitingCounts(declared, underReview + count);
            default -> throw new IllegalArgumentException(status + " is not a waiting status");
        };
    }
}
