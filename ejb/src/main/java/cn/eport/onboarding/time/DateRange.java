package cn.eport.onboarding.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * A query's date range as users type it: both ends optional and inclusive ("提交日期 from … to …").
 * A start after the end is refused (F-11: the start date must come before the end date).
 */
public record DateRange(LocalDate from, LocalDate to) {

    public DateRange {
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("start " + from + " is after end " + to);
        }
    }

    public static boolean isValid(LocalDate from, LocalDate to) {
        return from == null || to == null || !from.isAfter(to);
    }

    /** A JPQL condition " AND path >= :from AND path < :to" for the ends given, whole days in China. */
    public String jpqlOn(String path) {
        return (from == null ? "" : " AND " + path + " >= :from") + (to == null ? "" : " AND " + path + " < :to");
    }

    /** Binds the parameters of {@link #jpqlOn}. */
    public void bind(jakarta.persistence.TypedQuery<?> query) {
        startIn(BusinessCalendar.ZONE).ifPresent(start -> query.setParameter("from", start));
        endExclusiveIn(BusinessCalendar.ZONE).ifPresent(end -> query.setParameter("to", end));
    }

    /** The first instant of the start day in the zone, if a start is given. */
    public Optional<Instant> startIn(ZoneId zone) {
        return Optional.ofNullable(from).map(d -> d.atStartOfDay(zone).toInstant());
    }

    /** The first instant after the end day in the zone (exclusive bound), if an end is given. */
    public Optional<Instant> endExclusiveIn(ZoneId zone) {
        return Optional.ofNullable(to).map(d -> d.plusDays(1).atStartOfDay(zone).toInstant());
    }
}
