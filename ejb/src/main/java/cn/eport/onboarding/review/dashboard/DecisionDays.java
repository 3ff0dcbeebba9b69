package cn.eport.onboarding.review.dashboard;

import cn.eport.onboarding.time.BusinessCalendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The days the decisions are counted over: today and the {@value #DAYS}-1 days before it, in Beijing
 * time, each from its midnight to the next ({@link #starts()} holds the {@value #DAYS}+1 boundaries,
 * the last one tomorrow's midnight).
 */
public record DecisionDays(LocalDate first) {

    public static final int DAYS = 30;

    public static DecisionDays endingToday(Clock clock) {
        return new DecisionDays(BusinessCalendar.today(clock).minusDays(DAYS - 1));
    }

    public LocalDate day(int index) {
        return first.plusDays(index);
    }

    public List<LocalDate> days() {
        return IntStream.range(0, DAYS).mapToObj(this::day).toList();
    }

    /** The midnights (Beijing) starting each day, and the one after the last day. */
    public List<Instant> starts() {
        return IntStream.rangeClosed(0, DAYS).mapToObj(i -> day(i).atStartOfDay(BusinessCalendar.ZONE).toInstant()).toList();
    }
}
