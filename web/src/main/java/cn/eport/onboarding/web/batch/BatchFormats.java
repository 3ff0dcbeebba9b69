package cn.eport.onboarding.web.batch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** How the console shows durations (h:mm:ss) and fire times (in Beijing time, like every time shown). */
@Named
@ApplicationScoped
public class BatchFormats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public String duration(Duration duration) {
        if (duration == null) {
            return "";
        }
        long seconds = Math.max(duration.toSeconds(), 0);
        return String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }

    public String dateTime(ZonedDateTime time) {
        return time == null ? "" : DATE_TIME.format(time);
    }

    /** READ of TOTAL as a whole percentage for the progress bar (0 while the total is unknown). */
    public int percent(Long done, Long total) {
        if (done == null || total == null || total <= 0) {
            return 0;
        }
        return (int) Math.min(100, done * 100 / total);
    }
}
