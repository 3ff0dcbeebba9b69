package cn.eport.onboarding.web.batch;

import cn.eport.onboarding.batch.run.StepCounter;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** One step on the execution page: its counters (in the enum's order) and READ of TOTAL for the bar. */
public record StepProgress(String step, List<Map.Entry<String, Long>> counters, Long read, Long total) implements Serializable {

    static StepProgress of(String step, Map<StepCounter, Long> counts) {
        List<Map.Entry<String, Long>> counters = counts.entrySet().stream()
                .map(e -> Map.entry(e.getKey().name().toLowerCase(java.util.Locale.ROOT), e.getValue())).toList();
        return new StepProgress(step, counters, counts.getOrDefault(StepCounter.READ, 0L), counts.get(StepCounter.TOTAL));
    }
}
