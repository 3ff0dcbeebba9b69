package cn.eport.onboarding.batch.reconcile;

import cn.eport.onboarding.persistence.DatabaseMigrator;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the job writes to its own tables (V20), through {@code jdbc/eport} and so in the chunk's
 * transaction: the report lines and the decision ids applied, each chunk's rows in one JDBC batch;
 * and which of a chunk's decision ids were applied before, in one query.
 */
@Dependent
public class ReconcileTables {

    private static final int IN_LIST = 1000;
    private static final String INSERT_LINE = "INSERT INTO review_reconcile_line (instance_id, record_no, line_no, execution_id, decision_id,"
            + " application_kind, application_id, application_no, enterprise_uscc, decision, reviewer, decided_at, category, message)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_APPLIED = "INSERT INTO review_decision_applied (decision_id, application_kind,"
            + " application_id, decision, instance_id, record_no, applied_at) VALUES (?, ?, ?, ?, ?, ?, ?)";

    @Resource(lookup = DatabaseMigrator.DATASOURCE)
    private DataSource dataSource;

    /** Those of these decision ids that were applied before. */
    public Set<String> appliedAmong(Collection<String> decisionIds) {
        Set<String> applied = new HashSet<>();
        List<String> ids = List.copyOf(new HashSet<>(decisionIds));
        try (Connection connection = dataSource.getConnection()) {
            for (int from = 0; from < ids.size(); from += IN_LIST) {
                List<String> part = ids.subList(from, Math.min(ids.size(), from + IN_LIST));
                String marks = String.join(", ", java.util.Collections.nCopies(part.size(), "?"));
                try (PreparedStatement query = connection.prepareStatement(
                        "SELECT decision_id FROM review_decision_applied WHERE decision_id IN (" + marks + ")")) {
                    for (int i = 0; i < part.size(); i++) {
                        query.setString(i + 1, part.get(i));
                    }
                    try (ResultSet rows = query.executeQuery()) {
                        while (rows.next()) {
                            applied.add(rows.getString(1));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the applied decision ids", e);
        }
        return applied;
    }

    /** Stores a chunk's report lines and the decisions it applied (the lines with category APPLIED). */
    public void store(long instanceId, long executionId, List<ReportLine> lines, Instant now) {
        List<ReportLine> applied = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insertLine = connection.prepareStatement(INSERT_LINE);
             PreparedStatement insertApplied = connection.prepareStatement(INSERT_APPLIED)) {
            for (ReportLine line : lines) {
                int column = 1;
                insertLine.setLong(column++, instanceId);
                insertLine.setLong(column++, line.recordNo());
                insertLine.setLong(column++, line.line());
                insertLine.setLong(column++, executionId);
                insertLine.setString(column++, line.decisionId());
                insertLine.setString(column++, line.kind() == null ? null : line.kind().name());
                setLong(insertLine, column++, line.applicationId());
                insertLine.setString(column++, shorten(line.applicationNo(), 20));
                insertLine.setString(column++, shorten(line.uscc(), 18));
                insertLine.setString(column++, line.decision() == null ? null : line.decision().name());
                insertLine.setString(column++, shorten(line.reviewer(), 64));
                insertLine.setTimestamp(column++, line.decidedAt() == null ? null : Timestamp.from(line.decidedAt()));
                insertLine.setString(column++, line.category().name());
                insertLine.setString(column, shorten(line.message(), 500));
                insertLine.addBatch();
                if (line.category() == cn.eport.onboarding.batch.run.StepCounter.APPLIED) {
                    applied.add(line);
                }
            }
            for (ReportLine line : applied) {
                insertApplied.setString(1, line.decisionId());
                insertApplied.setString(2, line.kind().name());
                insertApplied.setLong(3, line.applicationId());
                insertApplied.setString(4, line.decision().name());
                insertApplied.setLong(5, instanceId);
                insertApplied.setLong(6, line.recordNo());
                insertApplied.setTimestamp(7, Timestamp.from(now));
                insertApplied.addBatch();
            }
            if (!lines.isEmpty()) {
                insertLine.executeBatch();
            }
            if (!applied.isEmpty()) {
                insertApplied.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot store the reconciliation report of job instance " + instanceId, e);
        }
    }

    private static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }

    private static String shorten(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
