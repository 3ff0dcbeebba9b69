package cn.eport.onboarding.review.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Every figure of the review dashboard as of one instant: the backlog (declared or in review) by
 * kind and by 主管海关, the oldest waiting application, the decisions of each of the last
 * {@link DecisionDays#DAYS} days (Beijing time) and their return rate, and the overdue applications by kind.
 */
public record DashboardFigures(Instant asOf, List<KindBacklog> backlogByKind, List<DistrictBacklog> backlogByDistrict,
                               Optional<OldestWaiting> oldest, List<DayDecisions> decisionsPerDay,
                               List<KindOverdue> overdueByKind) {

    public ReturnRate returnRate() {
        return ReturnRate.over(decisionsPerDay);
    }

    public LocalDate firstDay() {
        return decisionsPerDay.get(0).day();
    }

    public LocalDate lastDay() {
        return decisionsPerDay.get(decisionsPerDay.size() - 1).day();
    }

    public long totalWaiting() {
        return backlogByKind.stream().mapToLong(b -> b.counts().total()).sum();
    }

    public long totalOverdue() {
        return overdueByKind.stream().mapToLong(KindOverdue::overdue).sum();
    }
}
