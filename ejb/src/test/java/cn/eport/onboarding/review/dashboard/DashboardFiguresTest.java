package cn.eport.onboarding.review.dashboard;

import cn.eport.onboarding.workflow.ApplicationKind;
import cn.eport.onboarding.workflow.ApplicationStatus;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DashboardFiguresTest {

    @Test
    void theThirtyDaysEndTodayInBeijing() {
        // 2026-12-05 17:30 UTC is already 2026-12-06 01:30 in Beijing
        DecisionDays days = DecisionDays.endingToday(Clock.fixed(Instant.parse("2026-12-05T17:30:00Z"), ZoneOffset.UTC));
        assertEquals(LocalDate.of(2026, 11, 7), days.first());
        assertEquals(30, days.days().size());
        assertEquals(LocalDate.of(2026, 12, 6), days.days().get(29));
        List<Instant> starts = days.starts();
        assertEquals(31, starts.size());
        assertEquals(Instant.parse("2026-11-06T16:00:00Z"), starts.get(0), "midnight in Beijing");
        assertEquals(Instant.parse("2026-12-06T16:00:00Z"), starts.get(30), "tomorrow's midnight closes the last day");
    }

    @Test
    void theReturnRateIsReturnsAmongReviewsAutomaticApprovalsBeside() {
        ReturnRate rate = ReturnRate.over(List.of(new DayDecisions(LocalDate.of(2026, 12, 1), 2, 1, 5),
                new DayDecisions(LocalDate.of(2026, 12, 2), 4, 2, 0)));
        assertEquals(6, rate.approved());
        assertEquals(3, rate.returned());
        assertEquals(5, rate.automatic());
        assertEquals(9, rate.reviewed());
        assertEquals(Optional.of(new BigDecimal("33.3")), rate.percent());
        assertEquals(Optional.of(new BigDecimal("66.7")), new ReturnRate(1, 2, 0).percent(), "half up");
        assertEquals(Optional.empty(), new ReturnRate(0, 0, 7).percent(), "nothing reviewed: no rate, not 0 %");
    }

    @Test
    void theOldestOnesAgeInDaysAndHours() {
        OldestWaiting oldest = new OldestWaiting(ApplicationKind.FOREX_FILING, 7L, Instant.parse("2026-11-01T00:00:00Z"),
                ApplicationStatus.DECLARED, Instant.parse("2026-11-20T08:15:00Z"), Instant.parse("2026-12-06T05:45:00Z"));
        assertEquals(15, oldest.days());
        assertEquals(21, oldest.hours());
        assertEquals("WH2026-000007", oldest.number());
        assertEquals(0, new OldestWaiting(ApplicationKind.OPERATOR, 1L, Instant.EPOCH, ApplicationStatus.DECLARED,
                Instant.parse("2026-12-06T06:00:00Z"), Instant.parse("2026-12-06T05:59:00Z")).days(), "clock skew: no negative age");
    }

    @Test
    void waitingCountsAddUpByStatus() {
        WaitingCounts counts = WaitingCounts.NONE.plus(ApplicationStatus.DECLARED, 3).plus(ApplicationStatus.UNDER_REVIEW, 2)
                .plus(new WaitingCounts(1, 1));
        assertEquals(new WaitingCounts(4, 3), counts);
        assertEquals(7, counts.total());
        assertEquals(4, counts.of(ApplicationStatus.DECLARED));
    }
}
