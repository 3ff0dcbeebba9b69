package cn.eport.onboarding.ops;

import cn.eport.onboarding.review.dashboard.QueueFigure;
import cn.eport.onboarding.review.dashboard.ReviewDashboard;
import cn.eport.onboarding.workflow.ApplicationKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;

/**
 * The review queue as gauges per kind (ADR 0032): {@value #LENGTH} (declared or in review) and
 * {@value #OLDEST_AGE} (since the earliest of them was declared; 0 when none waits). One query for all
 * kinds ({@link ReviewDashboard#waitingByKind}), its result kept for {@link #CACHE_FOR}, so a scrape
 * every few seconds costs the database one query per period.
 */
@ApplicationScoped
public class ReviewQueueMetrics {

    static final String LENGTH = "eport_review_queue_length";
    static final String OLDEST_AGE = "eport_review_queue_oldest_age_seconds";
    static final Duration CACHE_FOR = Duration.ofSeconds(15);

    private record Snapshot(Instant at, Map<ApplicationKind, QueueFigure> figures) {
    }

    private final AtomicReference<Snapshot> last = new AtomicReference<>();

    @Inject
    private MetricRegistry registry;

    @Inject
    private ReviewDashboard dashboard;

    @Inject
    private Clock clock;

    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        for (ApplicationKind kind : ApplicationKind.values()) {
            Tag tag = new Tag("kind", OperatorMetrics.tagValue(kind));
            registry.gauge(Metadata.builder().withName(LENGTH)
                    .withDescription("Applications waiting for review (declared or in review), by kind").build(),
                    figureOf(kind, figure -> figure.waiting()), tag);
            registry.gauge(Metadata.builder().withName(OLDEST_AGE).withUnit(MetricUnits.SECONDS)
                    .withDescription("Seconds since the earliest waiting application of the kind was declared").build(),
                    figureOf(kind, this::ageSeconds), tag);
        }
    }

    private Supplier<Double> figureOf(ApplicationKind kind, ToDoubleFunction<QueueFigure> value) {
        return () -> {
            QueueFigure figure = current().get(kind);
            return figure == null ? 0.0 : value.applyAsDouble(figure);
        };
    }

    private double ageSeconds(QueueFigure figure) {
        return figure.oldestDeclaredAt() == null ? 0
                : Math.max(0, Duration.between(figure.oldestDeclaredAt(), clock.instant()).toSeconds());
    }

    private Map<ApplicationKind, QueueFigure> current() {
        Instant now = clock.instant();
        Snapshot snapshot = last.get();
        if (snapshot == null || !now.isBefore(snapshot.at().plus(CACHE_FOR))) {
            snapshot = new Snapshot(now, dashboard.waitingByKind());
            last.set(snapshot);
        }
        return snapshot.figures();
    }
}
