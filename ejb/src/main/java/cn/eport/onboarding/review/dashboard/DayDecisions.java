package cn.eport.onboarding.review.dashboard;

import java.time.LocalDate;

/**
 * The decisions of one day (Beijing time): 审核通过 by a reviewer or the review back office, 退回, and
 * the filings approved automatically on declaration (F-22, F-42).
 */
public record DayDecisions(LocalDate day, long approved, long returned, long automatic) {

    public long total() {
        return approved + returned + automatic;
    }
}
