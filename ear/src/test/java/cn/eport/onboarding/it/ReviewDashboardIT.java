package cn.eport.onboarding.it;

import cn.eport.onboarding.card.LegalPersonCardService;
import cn.eport.onboarding.enterprise.RegistrationService;
import cn.eport.onboarding.enterprise.SaveOutcome;
import cn.eport.onboarding.operator.OperatorService;
import cn.eport.onboarding.persistence.DatabaseMigrator;
import cn.eport.onboarding.review.QueueStatus;
import cn.eport.onboarding.review.ReviewItem;
import cn.eport.onboarding.review.ReviewQuery;
import cn.eport.onboarding.review.ReviewService;
import cn.eport.onboarding.review.dashboard.DashboardFigures;
import cn.eport.onboarding.review.dashboard.DashboardSql;
import cn.eport.onboarding.review.dashboard.DayDecisions;
import cn.eport.onboarding.review.dashboard.DecisionDays;
import cn.eport.onboarding.review.dashboard.DistrictBacklog;
import cn.eport.onboarding.review.dashboard.KindBacklog;
import cn.eport.onboarding.review.dashboard.KindOverdue;
import cn.eport.onboarding.review.dashboard.KindTable;
import cn.eport.onboarding.review.dashboard.OldestWaiting;
import cn.eport.onboarding.review.dashboard.ReviewDashboard;
import cn.eport.onboarding.review.dashboard.WaitingCounts;
import cn.eport.onboarding.time.BusinessCalendar;
import cn.eport.onboarding.workflow.ApplicationKind;
import cn.eport.onboarding.workflow.ApplicationStatus;
import cn.eport.onboarding.workflow.WorkflowAction;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static cn.eport.onboarding.workflow.ApplicationKind.ENTERPRISE_REGISTRATION;
import static cn.eport.onboarding.workflow.ApplicationKind.LEGAL_PERSON_CARD;
import static cn.eport.onboarding.workflow.ApplicationKind.OPERATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The review dashboard's figures in the real server on PostgreSQL (issue 12 item 5): known
 * applications of three kinds, districts, statuses and ages, and decisions on known Beijing days, are
 * seeded; every figure is read back exactly (the districts and the oldest one absolutely, as no other
 * test uses them; the rest as the change the seed made), and every figure's queue (what its bar and
 * table cell open) holds exactly as many. Also: one SQL statement per figure, the indexes that serve
 * them (EXPLAIN, written to target/dashboard-explain.txt for bench/README.md), and who may see it.
 */
@ExtendWith(ArquillianExtension.class)
class ReviewDashboardIT extends ActingUsers {

    /** 主管海关 codes no code table and no other test has: the backlog of these districts is this test's alone. */
    private static final String ZD1 = "ZD01";
    private static final String ZD2 = "ZD02";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(ReviewDashboardIT.class, SqlStatementCounter.class);
    }

    @Inject
    private ReviewDashboard dashboard;

    @Inject
    private ReviewService reviews;

    @Inject
    private RegistrationService registrations;

    @Inject
    private LegalPersonCardService cards;

    @Inject
    private OperatorService operators;

    @Inject
    private FilingFixtures fixtures;

    @Inject
    private RunAsReviewer.Supervisor asSupervisor;

    @Resource(lookup = DatabaseMigrator.DATASOURCE)
    private DataSource dataSource;

    private <T> T supervisor(Callable<T> work) throws Exception {
        return asSupervisor.attempt(work).get();
    }

    private record Seeded(Long r1, Long r2, Long r3, Long c1, Long c2, Long o1, Instant o1Declared) {
    }

    @Test
    void everyFigureIsReadBackExactlyAndOpensAQueueOfThatSize() throws Exception {
        DashboardFigures before = reviewer(() -> dashboard.figures());
        Seeded seed = seed();
        DashboardFigures after = reviewer(() -> dashboard.figures());

        // backlog by kind: what the seed left waiting
        assertEquals(new WaitingCounts(2, 1), minus(kind(after, ENTERPRISE_REGISTRATION), kind(before, ENTERPRISE_REGISTRATION)));
        assertEquals(new WaitingCounts(1, 1), minus(kind(after, LEGAL_PERSON_CARD), kind(before, LEGAL_PERSON_CARD)));
        assertEquals(new WaitingCounts(1, 0), minus(kind(after, OPERATOR), kind(before, OPERATOR)));
        assertEquals(before.totalWaiting() + 6, after.totalWaiting());
        assertEquals(reviewer(() -> reviews.kinds()), after.backlogByKind().stream().map(KindBacklog::kind).toList(), "every kind, zeros too");

        // backlog by 主管海关: the seed's own districts exactly, those naming none by what the seed added
        assertEquals(new WaitingCounts(1, 1), district(after, ZD1));
        assertEquals(new WaitingCounts(2, 1), district(after, ZD2));
        assertEquals(new WaitingCounts(1, 0), minus(district(after, null), district(before, null)));
        assertEquals(null, after.backlogByDistrict().get(after.backlogByDistrict().size() - 1).districtCode(), "未指定 last");

        // the oldest waiting one, with its age from its 申报
        OldestWaiting oldest = after.oldest().orElseThrow();
        assertEquals(OPERATOR, oldest.kind());
        assertEquals(seed.o1(), oldest.id());
        assertEquals(seed.o1Declared(), oldest.declaredAt());
        assertEquals(Duration.between(seed.o1Declared(), after.asOf()).toDays(), oldest.days());
        assertEquals(3650, oldest.days());
        assertEquals(5, oldest.hours());

        // overdue: past each kind's service level (5, 3, 3 days by default)
        assertEquals(2, overdue(after, ENTERPRISE_REGISTRATION) - overdue(before, ENTERPRISE_REGISTRATION), "12 and 6 days; not 2");
        assertEquals(1, overdue(after, LEGAL_PERSON_CARD) - overdue(before, LEGAL_PERSON_CARD), "4 days of 3; not 1 hour");
        assertEquals(1, overdue(after, OPERATOR) - overdue(before, OPERATOR));
        assertEquals(5, after.overdueByKind().stream().filter(o -> o.kind() == ENTERPRISE_REGISTRATION).findFirst().orElseThrow()
                .serviceLevelDays());

        // decisions per Beijing day and the return rate
        LocalDate today = BusinessCalendar.today(java.time.Clock.systemUTC());
        assertEquals(DecisionDays.DAYS, after.decisionsPerDay().size());
        assertEquals(today, after.lastDay());
        assertEquals(new DayDecisions(today.minusDays(3), 1, 1, 0), minus(day(after, today.minusDays(3)), day(before, today.minusDays(3))));
        assertEquals(new DayDecisions(today.minusDays(2), 0, 1, 0), minus(day(after, today.minusDays(2)), day(before, today.minusDays(2))),
                "00:00:30 in Beijing is the next day");
        assertEquals(new DayDecisions(today.minusDays(5), 0, 0, 1), minus(day(after, today.minusDays(5)), day(before, today.minusDays(5))));
        assertEquals(before.returnRate().approved() + 1, after.returnRate().approved(), "not the one 31 days ago");
        assertEquals(before.returnRate().returned() + 2, after.returnRate().returned());
        assertEquals(before.returnRate().automatic() + 1, after.returnRate().automatic());

        // every figure's queue holds exactly as many
        for (KindBacklog row : after.backlogByKind()) {
            assertEquals(row.counts().declared(), queueSize(row.kind(), null, QueueStatus.DECLARED, false), row.toString());
            assertEquals(row.counts().underReview(), queueSize(row.kind(), null, QueueStatus.UNDER_REVIEW, false), row.toString());
            assertEquals(row.counts().total(), queueSize(row.kind(), null, QueueStatus.WAITING, false), row.toString());
        }
        for (DistrictBacklog row : after.backlogByDistrict()) {
            String district = row.districtCode() == null ? ReviewQuery.NO_DISTRICT : row.districtCode();
            assertEquals(row.counts().declared(), queueSize(null, district, QueueStatus.DECLARED, false), row.toString());
            assertEquals(row.counts().underReview(), queueSize(null, district, QueueStatus.UNDER_REVIEW, false), row.toString());
            assertEquals(row.counts().total(), queueSize(null, district, QueueStatus.WAITING, false), row.toString());
        }
        for (KindOverdue row : after.overdueByKind()) {
            assertEquals(row.overdue(), queueSize(row.kind(), null, QueueStatus.WAITING, true), row.toString());
        }
        assertEquals(after.totalWaiting(), queueSize(null, null, QueueStatus.WAITING, false));
        assertEquals(after.totalOverdue(), queueSize(null, null, QueueStatus.WAITING, true));

        // and exactly those applications
        assertEquals(List.of(ENTERPRISE_REGISTRATION + "-" + seed.r1()), keys(reviewer(() -> reviews.queue(
                new ReviewQuery(null, ZD1, null, QueueStatus.DECLARED, false), 0, 10))));
        List<ReviewItem> inReview = reviewer(() -> reviews.queue(new ReviewQuery(null, ZD1, null, QueueStatus.UNDER_REVIEW, false), 0, 10));
        assertEquals(List.of(ENTERPRISE_REGISTRATION + "-" + seed.r2()), keys(inReview));
        assertEquals(RunAsReviewer.REVIEWER, inReview.get(0).assignee(), "the queue shows who reviews it");
        assertEquals(List.of(OPERATOR + "-" + seed.o1(), LEGAL_PERSON_CARD + "-" + seed.c1(), LEGAL_PERSON_CARD + "-" + seed.c2()),
                keys(reviewer(() -> reviews.queue(new ReviewQuery(null, ZD2, null, QueueStatus.WAITING, false), 0, 10))), "oldest first");
        assertEquals(List.of(OPERATOR + "-" + seed.o1(), LEGAL_PERSON_CARD + "-" + seed.c1()),
                keys(reviewer(() -> reviews.queue(new ReviewQuery(null, ZD2, null, QueueStatus.WAITING, true), 0, 10))), "overdue only");
        assertTrue(keys(reviewer(() -> reviews.queue(new ReviewQuery(ENTERPRISE_REGISTRATION, ReviewQuery.NO_DISTRICT, null,
                QueueStatus.DECLARED, true), 0, 1000))).contains(ENTERPRISE_REGISTRATION + "-" + seed.r3()), "未指定");
    }

    @Test
    void eachFigureIsOneStatement() throws Exception {
        Instant now = Instant.now();
        Map<String, Callable<?>> figures = Map.of(
                "backlog by kind", () -> reviewer(() -> dashboard.backlogByKind()),
                "backlog by district", () -> reviewer(() -> dashboard.backlogByDistrict()),
                "oldest waiting", () -> reviewer(() -> dashboard.oldestWaiting(now)),
                "decisions per day", () -> reviewer(() -> dashboard.decisionsPerDay(now)),
                "overdue by kind", () -> reviewer(() -> dashboard.overdueByKind(now)));
        StringBuilder note = new StringBuilder();
        for (Map.Entry<String, Callable<?>> figure : figures.entrySet()) {
            List<String> statements = SqlStatementCounter.statementsOf(figure.getValue());
            assertEquals(1, statements.size(), figure.getKey() + ": " + statements);
            note.append(figure.getKey()).append(": ").append(statements.get(0)).append("\n");
        }
        List<String> all = SqlStatementCounter.statementsOf(() -> reviewer(() -> dashboard.figures()));
        assertEquals(5, all.size(), "the whole dashboard: " + all);
        System.out.println("Dashboard statements:\n" + note);
    }

    @Test
    void theIndexesServeTheStatements() throws Exception {
        List<KindTable> tables = List.of(new KindTable(ENTERPRISE_REGISTRATION, "enterprise_registration"),
                new KindTable(LEGAL_PERSON_CARD, "legal_person_card"), new KindTable(ApplicationKind.MOFCOM_FILING, "mofcom_filing"),
                new KindTable(ApplicationKind.CUSTOMS_FILING, "customs_filing"), new KindTable(ApplicationKind.FOREX_FILING, "forex_filing"),
                new KindTable(OPERATOR, "enterprise_operator"));
        Timestamp now = Timestamp.from(Instant.now());
        Map<Integer, Object> cutOffs = new HashMap<>();
        for (int i = 1; i <= tables.size(); i++) {
            cutOffs.put(i, now);
        }
        Map<Integer, Object> days = new HashMap<>();
        List<Instant> starts = DecisionDays.endingToday(java.time.Clock.systemUTC()).starts();
        for (int i = 0; i < starts.size(); i++) {
            days.put(i + 1, Timestamp.from(starts.get(i)));
        }
        days.put(starts.size() + 1, "(system)");
        Map<String, String> plans = new java.util.LinkedHashMap<>();
        plans.put("backlog by kind", explain(DashboardSql.backlogByKind(tables), Map.of()));
        plans.put("backlog by district", explain(DashboardSql.backlogByDistrict(tables), Map.of()));
        plans.put("oldest waiting", explain(DashboardSql.oldestWaiting(tables), Map.of()));
        plans.put("overdue by kind", explain(DashboardSql.overdueByKind(tables), cutOffs));
        plans.put("decisions per day", explain(DashboardSql.decisionsPerDay(DecisionDays.DAYS), days));
        StringBuilder all = new StringBuilder();
        plans.forEach((figure, plan) -> all.append("== ").append(figure).append(" ==\n").append(plan));
        Path note = Path.of(System.getProperty("java.io.tmpdir"), "dashboard-explain.txt");
        Files.writeString(note, all, StandardCharsets.UTF_8);
        System.out.println("Dashboard EXPLAIN (" + note + "):\n" + all);

        // every table of every statement is read through one of its indexes, none sequentially
        plans.forEach((figure, plan) -> assertFalse(plan.contains("Seq Scan"), figure + ":\n" + plan));
        for (String figure : List.of("backlog by kind", "backlog by district", "overdue by kind")) {
            for (KindTable table : tables) {
                assertTrue(plans.get(figure).contains("on " + table.table()), figure + " reads " + table.table() + ":\n" + plans.get(figure));
            }
        }
        for (String index : List.of("ix_ent_reg_status_district", "ix_lp_card_status_district", "ix_mofcom_status_district",
                "ix_customs_status_district", "ix_forex_status_district", "ix_operator_status_district")) {
            assertTrue(plans.get("backlog by district").contains(index), index + ":\n" + plans.get("backlog by district"));
        }
        assertTrue(plans.get("decisions per day").contains("ix_status_transition_decided"), plans.get("decisions per day"));
    }
    @Test
    void reviewersAndSupervisorsOnlyAndSupervisorsReadOnly() throws Exception {
        assertThrows(EJBAccessException.class, () -> a(() -> dashboard.figures()), "an enterprise user");
        assertThrows(EJBAccessException.class, () -> dashboard.figures(), "nobody logged in");
        DashboardFigures seen = supervisor(() -> dashboard.figures());
        assertEquals(DecisionDays.DAYS, seen.decisionsPerDay().size());

        Long declared = declaredRegistration(ZD1);
        ReviewQuery query = new ReviewQuery(ENTERPRISE_REGISTRATION, ZD1, null, QueueStatus.DECLARED, false);
        List<ReviewItem> queue = supervisor(() -> reviews.queue(query, 0, 100));
        ReviewItem item = queue.stream().filter(i -> i.id().equals(declared)).findFirst().orElseThrow();
        assertEquals(queue.size(), supervisor(() -> reviews.queueSize(query)));
        assertEquals(Set.of(), supervisor(() -> reviews.allowedActions(item)), "no buttons for a supervisor");
        assertTrue(reviewer(() -> reviews.allowedActions(item)).contains(WorkflowAction.CLAIM));
        assertThrows(EJBAccessException.class, () -> supervisor(() -> reviews.claim(ENTERPRISE_REGISTRATION, declared)));
        assertThrows(EJBAccessException.class, () -> supervisor(() -> reviews.item(ENTERPRISE_REGISTRATION, declared)));
        assertThrows(EJBAccessException.class, () -> supervisor(() -> reviews.myClaims(query, 0, 10)));
        assertThrows(EJBAccessException.class, () -> a(() -> reviews.queue(query, 0, 10)));
    }

    // ---------------------------------------------------------------- the seed

    private Seeded seed() throws Exception {
        // the database keeps microseconds
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Long r1 = declaredRegistration(ZD1);
        Long r2 = declaredRegistration(ZD1);
        Long r3 = declaredRegistration(ZD1);
        reviewer(() -> reviews.claim(ENTERPRISE_REGISTRATION, r2));
        setDeclared("enterprise_registration", r1, now.minus(Duration.ofDays(12)), ZD1);
        setDeclared("enterprise_registration", r2, now.minus(Duration.ofDays(2)), ZD1);
        setDeclared("enterprise_registration", r3, now.minus(Duration.ofDays(6)), null);

        Long c1 = declaredCard();
        Long c2 = declaredCard();
        reviewer(() -> reviews.claim(LEGAL_PERSON_CARD, c2));
        setDeclared("legal_person_card", c1, now.minus(Duration.ofDays(4)), ZD2);
        setDeclared("legal_person_card", c2, now.minus(Duration.ofHours(1)), ZD2);

        fixtures.newEnterprise("看板测试有限公司", "钱看板");
        SaveOutcome<?> registration = filer(() -> registrations.save(null, 0, UUID.randomUUID().toString(),
                TestData.completeRegistration("0100"), WorkflowAction.SAVE_DRAFT));
        assertTrue(registration.saved(), registration.problems().toString());
        SaveOutcome<?> operator = filer(() -> operators.save(null, 0, UUID.randomUUID().toString(), TestData.completeOperator(),
                WorkflowAction.DECLARE));
        assertEquals(ApplicationStatus.DECLARED, operator.status(), operator.problems().toString());
        Instant o1Declared = now.minus(Duration.ofDays(3650)).minus(Duration.ofHours(5));
        setDeclared("enterprise_operator", operator.id(), o1Declared, ZD2);

        // decisions on known Beijing days: 10:00 and 23:59:30 three days ago, 00:00:30 two days ago, 31 days ago
        LocalDate today = BusinessCalendar.today(java.time.Clock.systemUTC());
        decided(WorkflowAction.APPROVE, beijing(today.minusDays(3), LocalTime.of(10, 0)));
        decided(WorkflowAction.RETURN, beijing(today.minusDays(3), LocalTime.of(23, 59, 30)));
        decided(WorkflowAction.RETURN, beijing(today.minusDays(2), LocalTime.of(0, 0, 30)));
        decided(WorkflowAction.APPROVE, beijing(today.minusDays(31), LocalTime.of(12, 0)));
        automaticApproval(r1, beijing(today.minusDays(5), LocalTime.of(9, 0)));
        return new Seeded(r1, r2, r3, c1, c2, operator.id(), o1Declared);
    }

    private Long declaredRegistration(String district) throws Exception {
        SaveOutcome<?> out = b(() -> registrations.save(null, 0, UUID.randomUUID().toString(), TestData.completeRegistration("0100"),
                WorkflowAction.DECLARE));
        assertEquals(ApplicationStatus.DECLARED, out.status(), out.problems().toString());
        sql("UPDATE enterprise_registration SET customs_district_code = ? WHERE id = ?", district, out.id());
        return out.id();
    }

    private Long declaredCard() throws Exception {
        SaveOutcome<?> out = a(() -> cards.save(null, 0, UUID.randomUUID().toString(), TestData.completeCard(), WorkflowAction.DECLARE));
        assertEquals(ApplicationStatus.DECLARED, out.status(), out.problems().toString());
        return out.id();
    }

    /** A registration decided by the reviewer, its decision moved to the given instant. */
    private void decided(WorkflowAction decision, Instant at) throws Exception {
        Long id = declaredRegistration(ZD1);
        reviewer(() -> reviews.claim(ENTERPRISE_REGISTRATION, id));
        if (decision == WorkflowAction.APPROVE) {
            reviewer(() -> reviews.approve(ENTERPRISE_REGISTRATION, id));
        } else {
            reviewer(() -> reviews.returnToEnterprise(ENTERPRISE_REGISTRATION, id, "看板测试：请补充材料"));
        }
        assertEquals(1, sql("UPDATE status_transition SET occurred_at = ? WHERE application_kind = ? AND application_id = ? AND action = ?",
                Timestamp.from(at), ENTERPRISE_REGISTRATION.name(), id, decision.name()));
    }

    /** An automatic approval as the filings record it (actor "(system)", from 申报), on the given instant. */
    private void automaticApproval(Long applicationId, Instant at) throws SQLException {
        sql("INSERT INTO status_transition (id, version, application_kind, application_id, enterprise_uscc, from_status, to_status,"
                        + " action, actor, occurred_at) VALUES (nextval('status_transition_seq'), 1, ?, ?, ?, 'DECLARED', 'APPROVED',"
                        + " 'APPROVE', '(system)', ?)",
                ENTERPRISE_REGISTRATION.name(), applicationId, "91310115MA1K4XYW7G", Timestamp.from(at));
    }

    private static Instant beijing(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(BusinessCalendar.ZONE).toInstant();
    }

    private void setDeclared(String table, Long id, Instant declaredAt, String district) throws SQLException {
        assertEquals(1, sql("UPDATE " + table + " SET declared_at = ?, customs_district_code = ? WHERE id = ?",
                Timestamp.from(declaredAt), district, id));
    }

    private int sql(String statement, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement update = connection.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                if (parameters[i] == null) {
                    update.setNull(i + 1, java.sql.Types.VARCHAR);
                } else {
                    update.setObject(i + 1, parameters[i]);
                }
            }
            return update.executeUpdate();
        }
    }

    // ---------------------------------------------------------------- reading figures

    private long queueSize(ApplicationKind kind, String district, QueueStatus status, boolean overdue) throws Exception {
        return reviewer(() -> reviews.queueSize(new ReviewQuery(kind, district, null, status, overdue)));
    }

    private static List<String> keys(List<ReviewItem> items) {
        return items.stream().map(i -> i.kind() + "-" + i.id()).toList();
    }

    private static WaitingCounts kind(DashboardFigures figures, ApplicationKind kind) {
        return figures.backlogByKind().stream().filter(b -> b.kind() == kind).findFirst().orElseThrow().counts();
    }

    private static WaitingCounts district(DashboardFigures figures, String code) {
        return figures.backlogByDistrict().stream().filter(b -> java.util.Objects.equals(b.districtCode(), code)).findFirst()
                .map(DistrictBacklog::counts).orElse(WaitingCounts.NONE);
    }

    private static long overdue(DashboardFigures figures, ApplicationKind kind) {
        return figures.overdueByKind().stream().filter(o -> o.kind() == kind).findFirst().orElseThrow().overdue();
    }

    private static DayDecisions day(DashboardFigures figures, LocalDate day) {
        return figures.decisionsPerDay().stream().filter(d -> d.day().equals(day)).findFirst().orElseThrow();
    }

    private static WaitingCounts minus(WaitingCounts a, WaitingCounts b) {
        return new WaitingCounts(a.declared() - b.declared(), a.underReview() - b.underReview());
    }

    private static DayDecisions minus(DayDecisions a, DayDecisions b) {
        return new DayDecisions(a.day(), a.approved() - b.approved(), a.returned() - b.returned(), a.automatic() - b.automatic());
    }

    // ---------------------------------------------------------------- EXPLAIN

    /**
     * The plan PostgreSQL makes for a statement, with sequential scans priced out (the test database
     * holds a few hundred rows, where a sequential scan is always cheapest): a table read sequentially
     * even so has no index the statement can use.
     */
    private String explain(String sql, Map<Integer, Object> parameters) throws SQLException {
        Matcher numbered = Pattern.compile("\\?(\\d+)").matcher(sql);
        List<Object> inOrder = new ArrayList<>();
        while (numbered.find()) {
            inOrder.add(parameters.get(Integer.parseInt(numbered.group(1))));
        }
        StringBuilder plan = new StringBuilder();
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement settings = connection.createStatement()) {
                settings.execute("SET LOCAL enable_seqscan = off");
                try (PreparedStatement explain = connection.prepareStatement("EXPLAIN " + numbered.replaceAll("?"))) {
                    for (int i = 0; i < inOrder.size(); i++) {
                        explain.setObject(i + 1, inOrder.get(i));
                    }
                    try (ResultSet rows = explain.executeQuery()) {
                        while (rows.next()) {
                            plan.append(rows.getString(1)).append('\n');
                        }
                    }
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        }
        return plan.toString();
    }
}
