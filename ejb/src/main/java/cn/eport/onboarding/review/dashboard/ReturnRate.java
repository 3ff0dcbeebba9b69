package cn.eport.onboarding.review.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * The share of reviews that ended in 退回 over a period: returns among the decisions people made
 * (审核通过 and 退回 by reviewers and the back office). Automatic approvals are counted beside it, not
 * in it: nobody reviewed those.
 */
public record ReturnRate(long approved, long returned, long automatic) {

    /** The sums over the days of a period. */
    public static ReturnRate over(List<DayDecisions> days) {
        return new ReturnRate(days.stream().mapToLong(DayDecisions::approved).sum(),
                days.stream().mapToLong(DayDecisions::returned).sum(),
                days.stream().mapToLong(DayDecisions::automatic).sum());
    }

    public long reviewed() {
        return approved + returned;
    }

    /** Returns per review in percent, one decimal (half up); empty when nothing was reviewed. */
    public Optional<BigDecimal> percent() {
        if (reviewed() == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(returned * 100L).divide(BigDecimal.valueOf(reviewed()), 1, RoundingMode.HALF_UP));
    }
}
