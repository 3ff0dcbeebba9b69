package cn.eport.onboarding.batch.control;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A job's nightly time as configured: {@code eport.batch.<job>.schedule=HH:mm} in Beijing time and
 * {@code eport.batch.<job>.enabled}. The timer's info is {@link #timerInfo()}: a timer whose info
 * differs from the configuration is replaced.
 */
public record DailySchedule(String jobName, boolean enabled, LocalTime time) {

    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final Pattern HH_MM = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("HH:mm");

    /**
     * The schedule from the configured values.
     *
     * @throws IllegalArgumentException when the time is not HH:mm (00:00 to 23:59) or enabled not true/false
     */
    public static DailySchedule of(String jobName, String time, String enabled) {
        if (time == null || !HH_MM.matcher(time.strip()).matches()) {
            throw new IllegalArgumentException("eport.batch." + jobName + ".schedule must be HH:mm (00:00 to 23:59), not '"
                    + time + "'");
        }
        String flag = enabled == null ? "" : enabled.strip().toLowerCase(java.util.Locale.ROOT);
        if (!flag.equals("true") && !flag.equals("false")) {
            throw new IllegalArgumentException("eport.batch." + jobName + ".enabled must be true or false, not '" + enabled + "'");
        }
        try {
            return new DailySchedule(jobName, flag.equals("true"), LocalTime.parse(time.strip(), FORMAT));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    public String timeText() {
        return time.format(FORMAT);
    }

    /** What the job's persistent timer carries, to tell whether it still matches the configuration. */
    public String timerInfo() {
        return jobName + "|" + timeText();
    }

    public static String jobOfTimerInfo(String info) {
        int bar = info.indexOf('|');
        return bar < 0 ? info : info.substring(0, bar);
    }

    /** The next time it fires strictly after the instant, or empty when off. */
    public Optional<ZonedDateTime> nextFire(Instant after) {
        if (!enabled) {
            return Optional.empty();
        }
        ZonedDateTime now = after.atZone(BEIJING);
        ZonedDateTime today = now.toLocalDate().atTime(time).atZone(BEIJING);
        return Optional.of(today.isAfter(now) ? today : now.toLocalDate().plusDays(1).atTime(time).atZone(BEIJING));
    }

    /**
     * The firing an instant belongs to (its day in Beijing and the time): the key by which one
     * server of a cluster takes it, so the servers firing the same schedule start the job once.
     */
    public String slot(Instant firedAt) {
        return firedAt.atZone(BEIJING).toLocalDate() + "T" + timeText();
    }
}
