package cn.eport.onboarding.review;

import cn.eport.onboarding.workflow.ApplicationKind;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * How long an application of each kind may wait for a decision (DIGIT-style service level): whole
 * calendar days from its 申报, {@code eport.review.service-level-days.<KIND>} (the kind's enum name,
 * e.g. {@code eport.review.service-level-days.FOREX_FILING}), 1 to 365, by default {@link #DEFAULTS}.
 * One still waiting (declared or in review) after that is overdue.
 */
public record ServiceLevels(Map<ApplicationKind, Integer> days) {

    public static final String PREFIX = "eport.review.service-level-days.";

    /** The defaults: a few days for the short forms, a working week for the registration and the filings. */
    public static final Map<ApplicationKind, Integer> DEFAULTS = Collections.unmodifiableMap(new EnumMap<>(Map.of(
            ApplicationKind.ENTERPRISE_REGISTRATION, 5,
            ApplicationKind.LEGAL_PERSON_CARD, 3,
            ApplicationKind.MOFCOM_FILING, 5,
            ApplicationKind.CUSTOMS_FILING, 5,
            ApplicationKind.FOREX_FILING, 5,
            ApplicationKind.OPERATOR, 3)));

    private static final int MAX_DAYS = 365;

    public ServiceLevels {
        days = Collections.unmodifiableMap(new EnumMap<>(days));
        for (ApplicationKind kind : ApplicationKind.values()) {
            if (!days.containsKey(kind)) {
                throw new IllegalArgumentException("no service level for " + kind);
            }
        }
    }

    /**
     * Reads the settings.
     *
     * @param config the configuration value of a key, empty when it is not set
     * @throws IllegalStateException naming the key and the accepted values when a value is wrong
     */
    public static ServiceLevels read(Function<String, Optional<String>> config) {
        Map<ApplicationKind, Integer> days = new EnumMap<>(ApplicationKind.class);
        for (ApplicationKind kind : ApplicationKind.values()) {
            String key = PREFIX + kind.name();
            days.put(kind, config.apply(key).map(String::strip).filter(v -> !v.isEmpty())
                    .map(value -> parse(key, value)).orElse(DEFAULTS.get(kind)));
        }
        return new ServiceLevels(days);
    }

    private static int parse(String key, String value) {
        try {
            int days = Integer.parseInt(value);
            if (days >= 1 && days <= MAX_DAYS) {
                return days;
            }
        } catch (NumberFormatException e) {
            // refused below with the accepted values
        }
        throw new IllegalStateException("Configuration " + key + " must be a whole number of days from 1 to " + MAX_DAYS
                + ", not '" + value + "'");
    }

    public int daysOf(ApplicationKind kind) {
        return days.get(kind);
    }

    /** Applications of this kind declared before this instant are overdue at {@code now}. */
    public Instant overdueBefore(ApplicationKind kind, Instant now) {
        return now.minus(Duration.ofDays(daysOf(kind)));
    }
}
