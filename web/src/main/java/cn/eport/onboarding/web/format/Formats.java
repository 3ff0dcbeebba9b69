package cn.eport.onboarding.web.format;

import jakarta.enterprise.context.ApplicationScoped;
import cn.eport.onboarding.time.BusinessCalendar;
import jakarta.inject.Named;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How pages show times: in the business calendar's zone (China Standard Time), to the minute. */
@Named
@ApplicationScoped
public class Formats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.withZone(zone()).format(instant);
    }

    /** The zone in which users think of dates (query ranges, displayed times). */
    public ZoneId zone() {
        return BusinessCalendar.ZONE;
    }
}
