package cn.eport.onboarding.web.format;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How pages show times: in the configured zone (China Standard Time by default), to the minute. */
@Named
@ApplicationScoped
public class Formats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    @ConfigProperty(name = "eport.time-zone", defaultValue = "Asia/Shanghai")
    private String zone;

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.withZone(zone()).format(instant);
    }

    /** The zone in which users think of dates (query ranges, displayed times). */
    public ZoneId zone() {
        return ZoneId.of(zone);
    }
}
