package cn.eport.onboarding.directory.table;

import cn.eport.onboarding.persistence.SequenceIds;
import cn.eport.onboarding.persistence.SqlDialect;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Brings a directory table in line with its source file, a chunk at a time (code-table-sync, R-4):
 * one {@code IN} query reads the chunk's existing rows, new rows are inserted and changed ones
 * updated in JDBC batches (a retired row that comes back is current again), equal ones are left
 * untouched. No query per row, so a file of a million rows costs a query and two batches per chunk.
 * {@link #retire} marks the rows a complete snapshot no longer lists. Rows are never deleted. Runs in
 * the caller's transaction; ids from {@code dir_entry_seq} as JPA takes them ({@link SequenceIds}).
 */
public final class DirectoryTableSync {

    /** How the rows of one chunk were taken. */
    public record Counts(int inserted, int updated, int unchanged) {
    }

    private static final int IN_LIST = 500;

    private final DirectoryLayout layout;
    private final List<String> columns;

    public DirectoryTableSync(DirectoryLayout layout) {
        this.layout = layout;
        this.columns = layout.columns().stream().map(DirectoryLayout.Column::name).toList();
    }

    /** Writes the rows (keys unique among them). */
    public Counts upsert(Connection connection, SqlDialect dialect, List<DirectoryRow> rows, Instant now) throws SQLException {
        Map<String, Stored> stored = stored(connection, rows);
        List<DirectoryRow> fresh = new ArrayList<>();
        List<DirectoryRow> changed = new ArrayList<>();
        int unchanged = 0;
        for (DirectoryRow row : rows) {
            Stored old = stored.get(row.key());
            if (old == null) {
                fresh.add(row);
            } else if (old.retired || !sameValues(old.values, row.values())) {
                changed.add(row);
            } else {
                unchanged++;
            }
        }
        insert(connection, dialect, fresh, now);
        update(connection, changed, stored, now);
        return new Counts(fresh.size(), changed.size(), unchanged);
    }

    /**
     * Retires the current rows whose key the snapshot did not list: {@code notListed} is an SQL
     * condition true for such a row, written over the key expression {@code {key}} (replaced by
     * {@link DirectoryLayout#keySql()}); its parameters follow the day.
     */
    public int retire(Connection connection, LocalDate today, String notListed, Object... parameters) throws SQLException {
        String sql = "UPDATE " + layout.table() + " t SET retired_on = ?, version = version + 1 WHERE t.retired_on IS NULL AND "
                + notListed.replace("{key}", layout.keySql());
        try (PreparedStatement retire = connection.prepareStatement(sql)) {
            retire.setDate(1, Date.valueOf(today));
            for (int i = 0; i < parameters.length; i++) {
                retire.setObject(i + 2, parameters[i]);
            }
            return retire.executeUpdate();
        }
    }

    private record Stored(long id, List<Object> values, boolean retired) {
    }

    private Map<String, Stored> stored(Connection connection, List<DirectoryRow> rows) throws SQLException {
        Map<String, Stored> stored = new HashMap<>();
        List<String> usccs = rows.stream().map(DirectoryRow::uscc).distinct().toList();
        String select = "SELECT id, uscc, " + String.join(", ", columns) + ", retired_on FROM " + layout.table() + " WHERE uscc IN (";
        for (int from = 0; from < usccs.size(); from += IN_LIST) {
            List<String> part = usccs.subList(from, Math.min(usccs.size(), from + IN_LIST));
            try (PreparedStatement statement = connection.prepareStatement(select + "?,".repeat(part.size() - 1) + "?)")) {
                for (int i = 0; i < part.size(); i++) {
                    statement.setString(i + 1, part.get(i));
                }
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        List<Object> values = new ArrayList<>(columns.size());
                        for (int i = 0; i < columns.size(); i++) {
                            values.add(normalized(result.getObject(i + 3)));
                        }
                        String uscc = result.getString(2);
                        stored.put(layout.keyOf(uscc, values), new Stored(result.getLong(1), values,
                                result.getObject(columns.size() + 3) != null));
                    }
                }
            }
        }
        return stored;
    }

    private void insert(Connection connection, SqlDialect dialect, List<DirectoryRow> rows, Instant now) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        String sql = "INSERT INTO " + layout.table() + " (id, version, uscc, " + String.join(", ", columns)
                + ", synced_at) VALUES (?, 1, ?, " + "?, ".repeat(columns.size()) + "?)";
        try (SequenceIds ids = new SequenceIds(connection, dialect, "dir_entry_seq");
             PreparedStatement insert = connection.prepareStatement(sql)) {
            for (DirectoryRow row : rows) {
                insert.setLong(1, ids.next());
                insert.setString(2, row.uscc());
                bindValues(insert, 3, row.values());
                insert.setTimestamp(columns.size() + 3, Timestamp.from(now));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void update(Connection connection, List<DirectoryRow> rows, Map<String, Stored> stored, Instant now) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        String sql = "UPDATE " + layout.table() + " SET " + columns.stream().map(c -> c + " = ?").collect(Collectors.joining(", "))
                + ", synced_at = ?, retired_on = NULL, version = version + 1 WHERE id = ?";
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            for (DirectoryRow row : rows) {
                bindValues(update, 1, row.values());
                update.setTimestamp(columns.size() + 1, Timestamp.from(now));
                update.setLong(columns.size() + 2, stored.get(row.key()).id());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    private static void bindValues(PreparedStatement statement, int first, List<Object> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            int index = first + i;
            if (value == null) {
                statement.setNull(index, Types.VARCHAR);
            } else if (value instanceof LocalDate day) {
                statement.setDate(index, Date.valueOf(day));
            } else if (value instanceof BigDecimal amount) {
                statement.setBigDecimal(index, amount);
            } else {
                statement.setString(index, value.toString());
            }
        }
    }

    /** Values as the row rules make them: dates as LocalDate, amounts without trailing zeros. */
    static Object normalized(Object value) {
        if (value instanceof Date date) {
            return date.toLocalDate();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toLocalDateTime().toLocalDate();
        }
        if (value instanceof BigDecimal amount) {
            BigDecimal stripped = amount.stripTrailingZeros();
            return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
        }
        return value;
    }

    static boolean sameValues(List<Object> stored, List<Object> read) {
        for (int i = 0; i < stored.size(); i++) {
            if (!Objects.equals(normalized(stored.get(i)), normalized(read.get(i)))) {
                return false;
            }
        }
        return true;
    }
}
