package cn.eport.onboarding.web.batch;

import cn.eport.onboarding.web.i18n.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** How the console shows durations (h:mm:ss) and fire times (in Beijing time, like every time shown). */
@Named
@ApplicationScoped
public class BatchFormats {

    private static final String RETIRE = "-retire";

    @Inject
    private Messages messages;

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

    /**
     * A step as operators call it: {@code batch.stepName.<step>}; a source's retire step is the
     * source's name with {@code batch.stepName.retire}; a step the bundle does not know keeps its id.
     */
    public String stepName(String step) {
        if (step.endsWith(RETIRE)) {
            String source = step.substring(0, step.length() - RETIRE.length());
            return messages.find("batch.stepName." + source)
                    .map(name -> messages.get("batch.stepName.retire", name)).orElse(step);
        }
        return messages.find("batch.stepName." + step).orElse(step);
    }

    /** READ of TOTAL as a whole percentage for the progress bar (0 while the total is unknown). */
    public int percent(Long done, Long total) {
        if (done == null || total == null || total <= 0) {
            return 0;
        }
        return (int) Math.min(100, done * 100 / total);
    }
}
