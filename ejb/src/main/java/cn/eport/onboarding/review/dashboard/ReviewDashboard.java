package cn.eport.onboarding.review.dashboard;

import cn.eport.onboarding.review.ReviewSource;
import cn.eport.onboarding.review.ServiceLevelSettings;
import cn.eport.onboarding.review.ServiceLevels;
import cn.eport.onboarding.workflow.ApplicationKind;
import cn.eport.onboarding.workflow.ApplicationStatus;
import cn.eport.onboarding.workflow.WorkflowService;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The review dashboard's figures (issue 12 item 5, ADR 0029) for reviewers and the data centre's
 * supervisor: one SQL statement per figure, over every kind with a {@link ReviewSource}, each
 * matching the review queue it opens (the same statuses, districts and service levels as
 * {@link cn.eport.onboarding.review.ReviewService#queue}). Day boundaries are Beijing time.
 */
@Stateless
@RolesAllowed({"REVIEWER", "SUPERVISOR"})
public class ReviewDashboard {

    @PersistenceContext
    private EntityManager em;

    @Inject
    @Any
    private Instance<ReviewSource> sources;

    @Inject
    private Clock clock;

    @Inject
    private ServiceLevelSettings serviceLevels;

    /** Every figure as of now: five statements. */
    public DashboardFigures figures() {
        Instant now = clock.instant();
        return new DashboardFigures(now, backlogByKind(), backlogByDistrict(), oldestWaiting(now), decisionsPerDay(now),
                overdueByKind(now));
    }

    /** The waiting applications (declared or in review) of every kind, in the kinds' order, zeros included. */
    public List<KindBacklog> backlogByKind() {
        List<KindTable> tables = tables();
        Map<ApplicationKind, WaitingCounts> counts = new EnumMap<>(ApplicationKind.class);
        tables.forEach(t -> counts.put(t.kind(), WaitingCounts.NONE));
        rows(em.createNativeQuery(DashboardSql.backlogByKind(tables))).forEach(row -> counts.merge(kind(row[0]),
                WaitingCounts.NONE.plus(status(row[1]), count(row[2])), WaitingCounts::plus));
        return counts.entrySet().stream().map(e -> new KindBacklog(e.getKey(), e.getValue())).toList();
    }

    /**
     * Per kind: how many applications wait and when the earliest of them was declared, for the
     * operators' gauges (ADR 0032), which the metrics scrape reads without a user: figures only, no record.
     */
    @PermitAll
    public Map<ApplicationKind, QueueFigure> waitingByKind() {
        Map<ApplicationKind, QueueFigure> figures = new EnumMap<>(ApplicationKind.class);
        rows(em.createNativeQuery(DashboardSql.waitingByKind(tables()))).forEach(row -> figures.put(kind(row[0]),
                new QueueFigure(count(row[1]), row[2] == null ? null : instant(row[2]))));
        return figures;
    }

    /** The waiting applications by 主管海关 over every kind, by district code, those naming none last. */
    public List<DistrictBacklog> backlogByDistrict() {
        Map<String, WaitingCounts> counts = new HashMap<>();
        rows(em.createNativeQuery(DashboardSql.backlogByDistrict(tables()))).forEach(row -> counts.merge(
                row[0] == null ? null : row[0].toString().strip(),
                WaitingCounts.NONE.plus(status(row[1]), count(row[2])), WaitingCounts::plus));
        return counts.entrySet().stream().map(e -> new DistrictBacklog(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(DistrictBacklog::districtCode, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /** The application declared earliest of those still waiting, with its age at {@code asOf}. */
    public Optional<OldestWaiting> oldestWaiting(Instant asOf) {
        return rows(em.createNativeQuery(DashboardSql.oldestWaiting(tables()))).stream().findFirst()
                .map(row -> new OldestWaiting(kind(row[0]), count(row[1]), instant(row[2]), status(row[3]), instant(row[4]), asOf));
    }

    /** The decisions of today and the 29 days before (Beijing time), oldest day first, days without any included. */
    public List<DayDecisions> decisionsPerDay(Instant asOf) {
        DecisionDays period = DecisionDays.endingToday(Clock.fixed(asOf, clock.getZone()));
        Query query = em.createNativeQuery(DashboardSql.decisionsPerDay(DecisionDays.DAYS));
        List<Instant> starts = period.starts();
        for (int i = 0; i < starts.size(); i++) {
            query.setParameter(i + 1, Timestamp.from(starts.get(i)));
        }
        query.setParameter(starts.size() + 1, WorkflowService.SYSTEM_ACTOR);
        long[][] perDay = new long[DecisionDays.DAYS][3];
        for (Object[] row : rows(query)) {
            int category = switch (row[1].toString().strip()) {
                case DashboardSql.APPROVED -> 0;
                case DashboardSql.RETURNED -> 1;
                default -> 2;
            };
            perDay[(int) count(row[0])][category] += count(row[2]);
        }
        List<DayDecisions> days = new ArrayList<>();
        for (int i = 0; i < DecisionDays.DAYS; i++) {
            days.add(new DayDecisions(period.day(i), perDay[i][0], perDay[i][1], perDay[i][2]));
        }
        return days;
    }

    /** The applications of each kind waiting longer than its service level at {@code asOf}, in the kinds' order. */
    public List<KindOverdue> overdueByKind(Instant asOf) {
        ServiceLevels levels = serviceLevels.levels();
        List<KindTable> tables = tables();
        Query query = em.createNativeQuery(DashboardSql.overdueByKind(tables));
        for (int i = 0; i < tables.size(); i++) {
            query.setParameter(i + 1, Timestamp.from(levels.overdueBefore(tables.get(i).kind(), asOf)));
        }
        Map<ApplicationKind, Long> counts = new EnumMap<>(ApplicationKind.class);
        rows(query).forEach(row -> counts.put(kind(row[0]), count(row[1])));
        return tables.stream().map(t -> new KindOverdue(t.kind(), levels.daysOf(t.kind()), counts.getOrDefault(t.kind(), 0L)))
                .toList();
    }

    /** The service level of each kind the dashboard counts, in days. */
    public Map<ApplicationKind, Integer> serviceLevelDays() {
        return serviceLevels.levels().days();
    }

    private List<KindTable> tables() {
        return sources.stream().map(s -> new KindTable(s.kind(), s.table()))
                .sorted(Comparator.comparing(KindTable::kind)).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return (List<Object[]>) query.getResultList();
    }

    private static ApplicationKind kind(Object value) {
        return ApplicationKind.valueOf(value.toString().strip());
    }

    private static ApplicationStatus status(Object value) {
        return ApplicationStatus.valueOf(value.toString().strip());
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }

    private static Instant instant(Object value) {
        return ((Timestamp) value).toInstant();
    }
}
