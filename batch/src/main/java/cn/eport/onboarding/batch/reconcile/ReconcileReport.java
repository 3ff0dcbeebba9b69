package cn.eport.onboarding.batch.reconcile;

import cn.eport.onboarding.batch.run.StepCounter;
import cn.eport.onboarding.persistence.DatabaseMigrator;
import cn.eport.onboarding.workflow.ApplicationKind;
import cn.eport.onboarding.workflow.WorkflowAction;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads the reconciliation report of a run of review-reconcile (a job instance): the lines per
 * category, paged in the database, and the whole report as CSV for the download.
 */
@Stateless
@RolesAllowed({"BATCH_OPERATOR", "ADMIN"})
public class ReconcileReport {

    /** The columns of the CSV download, in order (docs/review-results-file.md). */
    public static final List<String> CSV_HEADER = List.of("行号", "决定编号", "业务类型", "申请编号", "统一社会信用代码", "审核结果",
            "审核人", "审核时间", "类别", "说明");

    private static final String COLUMNS = "record_no, line_no, decision_id, application_kind, application_id, application_no, enterprise_uscc,"
            + " decision, reviewer, decided_at, category, message";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    @Resource(lookup = DatabaseMigrator.DATASOURCE)
    private DataSource dataSource;

    /** Whether the run has a report at all (an unknown instance, or a run that failed before its first chunk, has none). */
    public boolean exists(long instanceId) {
        return count(instanceId, null) > 0;
    }

    /** The number of lines per category (categories without lines are left out). */
    public Map<StepCounter, Long> counts(long instanceId) {
        Map<StepCounter, Long> counts = new EnumMap<>(StepCounter.class);
        query("SELECT category, COUNT(*) FROM review_reconcile_line WHERE instance_id = ? GROUP BY category", instanceId, null,
                rows -> counts.put(StepCounter.valueOf(rows.getString(1)), rows.getLong(2)));
        return counts;
    }

    /** The number of lines of a category; all lines when the category is null. */
    public long count(long instanceId, StepCounter category) {
        long[] count = {0};
        query("SELECT COUNT(*) FROM review_reconcile_line WHERE instance_id = ?" + categoryFilter(category), instanceId, category,
                rows -> count[0] = rows.getLong(1));
        return count[0];
    }

    /** One page of the lines of a category (all when null), in file order. */
    public List<ReportLine> lines(long instanceId, StepCounter category, int first, int max) {
        List<ReportLine> page = new ArrayList<>();
        forEach(instanceId, category, " OFFSET " + Math.max(first, 0) + " ROWS FETCH NEXT " + Math.max(max, 0) + " ROWS ONLY", page::add);
        return page;
    }

    /**
     * Writes the whole report as CSV (a UTF-8 BOM first, so that spreadsheet programs read the
     * Chinese right), line by line without holding it.
     */
    public void writeCsv(long instanceId, Writer out, ZoneId zone) {
        try {
            out.write('\uFEFF');
            CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(CSV_HEADER.toArray(String[]::new)).get());
            forEach(instanceId, null, "", line -> {
                try {
                    csv.printRecord(line.line(), line.decisionId(), line.kind() == null ? null : KindNames.of(line.kind()),
                            line.applicationNo(), line.uscc(), line.decision() == null ? null : decisionName(line.decision()),
                            line.reviewer(), line.decidedAt() == null ? null : TIME.format(line.decidedAt().atZone(zone)),
                            line.category().name(), line.message());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String decisionName(WorkflowAction decision) {
        return decision == WorkflowAction.APPROVE ? "审核通过" : "退回";
    }

    private void forEach(long instanceId, StepCounter category, String page, Consumer<ReportLine> consumer) {
        query("SELECT " + COLUMNS + " FROM review_reconcile_line WHERE instance_id = ?" + categoryFilter(category)
                + " ORDER BY record_no" + page, instanceId, category, rows -> consumer.accept(line(rows)));
    }

    private static ReportLine line(ResultSet rows) throws SQLException {
        String kind = rows.getString(4);
        Number applicationId = (Number) rows.getObject(5);
        String decision = rows.getString(8);
        Timestamp decidedAt = rows.getTimestamp(10);
        return new ReportLine(rows.getLong(1), rows.getLong(2), rows.getString(3), kind == null ? null : ApplicationKind.valueOf(kind),
                applicationId == null ? null : applicationId.longValue(), rows.getString(6), rows.getString(7),
                decision == null ? null : WorkflowAction.valueOf(decision), rows.getString(9),
                decidedAt == null ? null : decidedAt.toInstant(), StepCounter.valueOf(rows.getString(11)), rows.getString(12));
    }

    private static String categoryFilter(StepCounter category) {
        return category == null ? "" : " AND category = ?";
    }

    private interface Row {
        void read(ResultSet rows) throws SQLException;
    }

    private void query(String sql, long instanceId, StepCounter category, Row row) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, instanceId);
            if (category != null) {
                statement.setString(2, category.name());
            }
            statement.setFetchSize(500);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    row.read(rows);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the reconciliation report of job instance " + instanceId, e);
        }
    }
}
