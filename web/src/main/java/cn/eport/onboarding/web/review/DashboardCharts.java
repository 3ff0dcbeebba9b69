package cn.eport.onboarding.web.review;

import cn.eport.onboarding.review.QueueStatus;
import cn.eport.onboarding.review.ReviewQuery;
import cn.eport.onboarding.review.dashboard.DashboardFigures;
import cn.eport.onboarding.review.dashboard.DayDecisions;
import cn.eport.onboarding.review.dashboard.DistrictBacklog;
import cn.eport.onboarding.review.dashboard.KindBacklog;
import cn.eport.onboarding.review.dashboard.KindOverdue;
import cn.eport.onboarding.review.dashboard.ReturnRate;
import cn.eport.onboarding.review.dashboard.WaitingCounts;
import cn.eport.onboarding.workflow.ApplicationKind;
import cn.eport.onboarding.workflow.ApplicationStatus;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The Chart.js configurations (PrimeFaces' {@code p:chart}, ADR 0029) of the dashboard's figures. A
 * bar of a waiting group carries the queue's address ({@code links} of its dataset, beside Chart.js'
 * own keys), which {@code dashboard.js} opens on a click; the tables beside the charts link the same
 * addresses for the keyboard and screen readers.
 */
public final class DashboardCharts {

    static final String DECLARED_COLOUR = "#2f6fb3";
    static final String UNDER_REVIEW_COLOUR = "#e39a1b";
    static final String APPROVED_COLOUR = "#2e8b57";
    static final String RETURNED_COLOUR = "#c0392b";
    static final String AUTOMATIC_COLOUR = "#8e9aa6";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd");

    private final DashboardFigures figures;
    private final Function<String, String> text;
    private final Function<String, String> districtLabel;
    private final String contextPath;

    /**
     * @param text          the bundle's text of a key in the page's language
     * @param districtLabel the label of a 主管海关 code, or of null (none given)
     * @param contextPath   the application's context path, prefixed to the queue's addresses
     */
    public DashboardCharts(DashboardFigures figures, Function<String, String> text, Function<String, String> districtLabel,
                           String contextPath) {
        this.figures = figures;
        this.text = text;
        this.districtLabel = districtLabel;
        this.contextPath = contextPath;
    }

    public String backlogByKind() {
        List<KindBacklog> rows = figures.backlogByKind();
        JsonArrayBuilder labels = Json.createArrayBuilder();
        rows.forEach(r -> labels.add(kindLabel(r.kind())));
        return bar(labels, true, Json.createArrayBuilder()
                .add(waiting(rows, ApplicationStatus.DECLARED, KindBacklog::counts, r -> link(r.kind(), null, ApplicationStatus.DECLARED)))
                .add(waiting(rows, ApplicationStatus.UNDER_REVIEW, KindBacklog::counts,
                        r -> link(r.kind(), null, ApplicationStatus.UNDER_REVIEW))));
    }

    public String backlogByDistrict() {
        List<DistrictBacklog> rows = figures.backlogByDistrict();
        JsonArrayBuilder labels = Json.createArrayBuilder();
        rows.forEach(r -> labels.add(districtLabel.apply(r.districtCode())));
        return bar(labels, true, Json.createArrayBuilder()
                .add(waiting(rows, ApplicationStatus.DECLARED, DistrictBacklog::counts,
                        r -> link(null, districtParameter(r), ApplicationStatus.DECLARED)))
                .add(waiting(rows, ApplicationStatus.UNDER_REVIEW, DistrictBacklog::counts,
                        r -> link(null, districtParameter(r), ApplicationStatus.UNDER_REVIEW))));
    }

    public String overdueByKind() {
        List<KindOverdue> rows = figures.overdueByKind();
        JsonArrayBuilder labels = Json.createArrayBuilder();
        rows.forEach(r -> labels.add(kindLabel(r.kind())));
        return bar(labels, true, Json.createArrayBuilder().add(dataset(text.apply("review.dashboard.overdue.series"), RETURNED_COLOUR,
                rows, KindOverdue::overdue, r -> overdueLink(r.kind()))));
    }

    public String decisionsPerDay() {
        List<DayDecisions> rows = figures.decisionsPerDay();
        JsonArrayBuilder labels = Json.createArrayBuilder();
        rows.forEach(r -> labels.add(DAY.format(r.day())));
        return bar(labels, false, Json.createArrayBuilder()
                .add(dataset(text.apply("review.dashboard.decisions.approved"), APPROVED_COLOUR, rows, DayDecisions::approved, null))
                .add(dataset(text.apply("review.dashboard.decisions.returned"), RETURNED_COLOUR, rows, DayDecisions::returned, null))
                .add(dataset(text.apply("review.dashboard.decisions.automatic"), AUTOMATIC_COLOUR, rows, DayDecisions::automatic, null)));
    }

    public String returnRate() {
        ReturnRate rate = figures.returnRate();
        JsonObject dataset = Json.createObjectBuilder()
                .add("data", Json.createArrayBuilder().add(rate.approved()).add(rate.returned()))
                .add("backgroundColor", Json.createArrayBuilder().add(APPROVED_COLOUR).add(RETURNED_COLOUR))
                .build();
        return Json.createObjectBuilder()
                .add("type", "doughnut")
                .add("data", Json.createObjectBuilder()
                        .add("labels", Json.createArrayBuilder().add(text.apply("review.dashboard.decisions.approved"))
                                .add(text.apply("review.dashboard.decisions.returned")))
                        .add("datasets", Json.createArrayBuilder().add(dataset)))
                .add("options", common().add("plugins", legend()))
                .build().toString();
    }

    /** The queue of the waiting applications of a kind or district (null: any) in one status. */
    public String link(ApplicationKind kind, String district, ApplicationStatus status) {
        return contextPath + QueueLinks.of(kind, district, QueueStatus.of(status), false);
    }

    /** The queue of every waiting application of a kind or district (null: any), both statuses. */
    public String allWaitingLink(ApplicationKind kind, String district) {
        return contextPath + QueueLinks.of(kind, district, QueueStatus.WAITING, false);
    }

    /** The queue of the waiting applications of a kind past its service level. */
    public String overdueLink(ApplicationKind kind) {
        return contextPath + QueueLinks.of(kind, null, QueueStatus.WAITING, true);
    }

    /** The district parameter of a row: its code, or the "none given" condition. */
    public static String districtParameter(DistrictBacklog row) {
        return row.districtCode() == null ? ReviewQuery.NO_DISTRICT : row.districtCode();
    }

    private String kindLabel(ApplicationKind kind) {
        return text.apply("applicationKind." + kind.name());
    }

    private <T> JsonObject waiting(List<T> rows, ApplicationStatus status, Function<T, WaitingCounts> counts,
                                   Function<T, String> links) {
        String colour = status == ApplicationStatus.DECLARED ? DECLARED_COLOUR : UNDER_REVIEW_COLOUR;
        return dataset(text.apply("review.dashboard.status." + status.name()), colour, rows, r -> counts.apply(r).of(status), links);
    }

    private static <T> JsonObject dataset(String label, String colour, List<T> rows, ToLongFunction<T> value,
                                          Function<T, String> links) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        rows.forEach(r -> data.add(value.applyAsLong(r)));
        JsonObjectBuilder dataset = Json.createObjectBuilder().add("label", label).add("data", data).add("backgroundColor", colour);
        if (links != null) {
            JsonArrayBuilder hrefs = Json.createArrayBuilder();
            rows.forEach(r -> hrefs.add(links.apply(r)));
            dataset.add("links", hrefs);
        }
        return dataset.build();
    }

    private static String bar(JsonArrayBuilder labels, boolean horizontal, JsonArrayBuilder datasets) {
        JsonObjectBuilder options = common()
                .add("scales", Json.createObjectBuilder()
                        .add(horizontal ? "y" : "x", Json.createObjectBuilder().add("stacked", true))
                        .add(horizontal ? "x" : "y", Json.createObjectBuilder().add("stacked", true).add("beginAtZero", true)
                                .add("ticks", Json.createObjectBuilder().add("precision", 0))))
                .add("plugins", legend());
        if (horizontal) {
            options.add("indexAxis", "y");
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options)
                .build().toString();
    }

    /** Fills its box (the box's height is in eport.css), drawn at once: no animation to wait for. */
    private static JsonObjectBuilder common() {
        return Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false).add("animation", false);
    }

    private static JsonObjectBuilder legend() {
        return Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("position", "bottom"));
    }
}
