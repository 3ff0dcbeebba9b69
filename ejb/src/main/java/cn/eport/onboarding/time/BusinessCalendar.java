package cn.eport.onboarding.time;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Calendar days of the business: China Standard Time, whatever zone the server runs in. A code that
 * is valid until 2027-01-01 stops counting at midnight in Beijing, not in UTC.
 */
public final class BusinessCalendar {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private BusinessCalendar() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }
}
