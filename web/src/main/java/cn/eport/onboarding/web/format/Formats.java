package cn.eport.onboarding.web.format;

import cn.eport.onboarding.attachment.FileSizes;
import cn.eport.onboarding.time.BusinessCalendar;
import jakarta.enterprise.context.ApplicationScoped;
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

    /** A file size as people read it: 820 B, 35 KB, 3.9 MB (1 KB = 1024 bytes, as the 4M rule counts). */
    public String fileSize(long bytes) {
        return FileSizes.format(bytes);
    }

    /** The zone in which users think of dates (query ranges, displayed times). */
    public ZoneId zone() {
        return BusinessCalendar.ZONE;
    }
}
