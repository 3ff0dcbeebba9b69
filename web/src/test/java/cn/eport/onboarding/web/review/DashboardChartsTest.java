package cn.eport.onboarding.web.review;

import cn.eport.onboarding.review.dashboard.DashboardFigures;
import cn.eport.onboarding.review.dashboard.DayDecisions;
import cn.eport.onboarding.review.dashboard.DistrictBacklog;
import cn.eport.onboarding.review.dashboard.KindBacklog;
import cn.eport.onboarding.review.dashboard.KindOverdue;
import cn.eport.onboarding.review.dashboard.WaitingCounts;
import cn.eport.onboarding.workflow.ApplicationKind;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class DashboardChartsTest {

    private static final DashboardFigures FIGURES = new DashboardFigures(Instant.parse("2026-12-06T05:00:00Z"),
            List.of(new KindBacklog(ApplicationKind.ENTERPRISE_REGISTRATION, new WaitingCounts(3, 1)),
                    new KindBacklog(ApplicationKind.FOREX_FILING, new WaitingCounts(0, 2))),
            List.of(new DistrictBacklog("0100", new WaitingCounts(2, 2)), new DistrictBacklog(null, new WaitingCounts(1, 1))),
            Optional.empty(),
            IntStream.range(0, 30).mapToObj(i -> new DayDecisions(LocalDate.of(2026, 11, 7).plusDays(i), i == 29 ? 4 : 0,
                    i == 29 ? 1 : 0, i == 0 ? 2 : 0)).toList(),
            List.of(new KindOverdue(ApplicationKind.ENTERPRISE_REGISTRATION, 5, 1), new KindOverdue(ApplicationKind.FOREX_FILING, 5, 0)));

    private static final DashboardCharts CHARTS = new DashboardCharts(FIGURES, key -> "[" + key + "]",
            code -> code == null ? "none" : "district " + code, "/eport");

    private static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    private static JsonArray datasets(JsonObject chart) {
        return chart.getJsonObject("data").getJsonArray("datasets");
    }

    @Test
    void backlogByKindIsAStackedBarPerStatusEachBarLinkingItsQueue() {
        JsonObject chart = parse(CHARTS.backlogByKind());
        assertEquals("bar", chart.getString("type"));
        assertEquals(List.of("[applicationKind.ENTERPRISE_REGISTRATION]", "[applicationKind.FOREX_FILING]"),
                chart.getJsonObject("data").getJsonArray("labels").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString).toList());
        JsonObject declared = datasets(chart).getJsonObject(0);
        assertEquals("[review.dashboard.status.DECLARED]", declared.getString("label"));
        assertEquals(List.of(3, 0), declared.getJsonArray("data").getValuesAs(jakarta.json.JsonNumber.class).stream()
                .map(jakarta.json.JsonNumber::intValue).toList());
        assertEquals("/eport/review/queue?kind=ENTERPRISE_REGISTRATION&status=DECLARED", declared.getJsonArray("links").getString(0));
        JsonObject inReview = datasets(chart).getJsonObject(1);
        assertEquals(List.of(1, 2), inReview.getJsonArray("data").getValuesAs(jakarta.json.JsonNumber.class).stream()
                .map(jakarta.json.JsonNumber::intValue).toList());
        assertEquals("/eport/review/queue?kind=FOREX_FILING&status=UNDER_REVIEW", inReview.getJsonArray("links").getString(1));
        assertEquals(true, chart.getJsonObject("options").getJsonObject("scales").getJsonObject("y").getBoolean("stacked"));
        assertEquals("y", chart.getJsonObject("options").getString("indexAxis"), "horizontal: the kinds' names are long");
    }

    @Test
    void backlogByDistrictLinksThoseWithoutADistrictToTheNoneCondition() {
        JsonObject chart = parse(CHARTS.backlogByDistrict());
        assertEquals("y", chart.getJsonObject("options").getString("indexAxis"), "horizontal: district names are long");
        assertEquals("none", chart.getJsonObject("data").getJsonArray("labels").getString(1));
        assertEquals("/eport/review/queue?district=NONE&status=DECLARED", datasets(chart).getJsonObject(0).getJsonArray("links").getString(1));
        assertEquals("/eport/review/queue?district=0100&status=UNDER_REVIEW", datasets(chart).getJsonObject(1).getJsonArray("links").getString(0));
    }

    @Test
    void overdueBarsOpenTheKindsOverdueQueueOfBothStatuses() {
        JsonObject chart = parse(CHARTS.overdueByKind());
        assertEquals("/eport/review/queue?kind=FOREX_FILING&status=WAITING&overdue=true",
                datasets(chart).getJsonObject(0).getJsonArray("links").getString(1));
    }

    @Test
    void decisionsHaveThreeSeriesOverThirtyDaysAndNoLinks() {
        JsonObject chart = parse(CHARTS.decisionsPerDay());
        assertEquals(30, chart.getJsonObject("data").getJsonArray("labels").size());
        assertEquals("12-06", chart.getJsonObject("data").getJsonArray("labels").getString(29));
        assertEquals(3, datasets(chart).size());
        assertEquals(4, datasets(chart).getJsonObject(0).getJsonArray("data").getInt(29));
        assertEquals(2, datasets(chart).getJsonObject(2).getJsonArray("data").getInt(0));
        datasets(chart).forEach(d -> assertFalse(d.asJsonObject().containsKey("links"), "decided applications are not in the queue"));
    }

    @Test
    void theReturnRateIsADoughnutOfApprovedAndReturned() {
        JsonObject chart = parse(CHARTS.returnRate());
        assertEquals("doughnut", chart.getString("type"));
        assertEquals(List.of(4, 1), datasets(chart).getJsonObject(0).getJsonArray("data").getValuesAs(jakarta.json.JsonNumber.class)
                .stream().map(jakarta.json.JsonNumber::intValue).toList());
    }

    @Test
    void queueAddressesCarryOnlyTheConditionsGiven() {
        assertEquals("/review/queue", QueueLinks.of(null, null, null, false));
        assertEquals("/review/queue?kind=OPERATOR&district=0100&status=WAITING&overdue=true",
                QueueLinks.of(ApplicationKind.OPERATOR, "0100", cn.eport.onboarding.review.QueueStatus.WAITING, true));
    }
}
