package cn.eport.onboarding.batch.codetable;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The keys a run has read (batch_sync_seen, migration V19): the line each first came on, to find
 * keys repeated in one file, and the snapshot the retire step compares the table with. Written in
 * the chunk's transaction, so a restarted run continues with exactly the keys of its committed chunks.
 */
final class SeenKeys {

    private static final int IN_LIST = 500;

    /** The directory retire statements compare a table's key with this sub-select (two parameters: instance, table). */
    static final String SUBSELECT = "SELECT s.item_key FROM batch_sync_seen s WHERE s.instance_id = ? AND s.item_table = ?";

    private SeenKeys() {
    }

    /**
     * Records the keys of these items of one table (keys unique among them) that this run has not
     * read before, and returns the line each of the others was first read on, by key: one {@code IN}
     * query a 500 keys, then one batch of plain INSERTs (which the PostgreSQL driver sends as
     * multi-row statements). The lookup needs the table's statistics to follow its growth
     * ({@link TableStatistics}): planned while the table was nearly empty, PostgreSQL would scan
     * all of the run's keys for every chunk.
     */
    static Map<String, Long> addNew(Connection connection, long instanceId, String table, Collection<SyncItem> items)
            throws SQLException {
        Map<String, Long> earlier = firstLines(connection, instanceId, table, items.stream().map(SyncItem::key).toList());
        insert(connection, instanceId, items.stream().filter(item -> !earlier.containsKey(item.key())).toList());
        return earlier;
    }

    private static Map<String, Long> firstLines(Connection connection, long instanceId, String table, List<String> keys)
            throws SQLException {
        Map<String, Long> lines = new HashMap<>();
        for (int from = 0; from < keys.size(); from += IN_LIST) {
            List<String> part = keys.subList(from, Math.min(keys.size(), from + IN_LIST));
            try (PreparedStatement select = connection.prepareStatement("SELECT item_key, line_no FROM batch_sync_seen"
                    + " WHERE instance_id = ? AND item_table = ? AND item_key IN (" + "?,".repeat(part.size() - 1) + "?)")) {
                select.setLong(1, instanceId);
                select.setString(2, table);
                for (int i = 0; i < part.size(); i++) {
                    select.setString(i + 3, part.get(i));
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        lines.put(rows.getString(1), rows.getLong(2));
                    }
                }
            }
        }
        return lines;
    }

    private static void insert(Connection connection, long instanceId, List<SyncItem> items) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO batch_sync_seen (instance_id, item_table, item_key, line_no) VALUES (?, ?, ?, ?)")) {
            for (SyncItem item : items) {
                insert.setLong(1, instanceId);
                insert.setString(2, item.table());
                insert.setString(3, item.key());
                insert.setLong(4, item.record().line());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Every key of the table this run read (code tables only: they are small). */
    static Set<String> all(Connection connection, long instanceId, String table) throws SQLException {
        Set<String> keys = new HashSet<>();
        try (PreparedStatement select = connection.prepareStatement(SUBSELECT)) {
            select.setLong(1, instanceId);
            select.setString(2, table);
            select.setFetchSize(1000);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    keys.add(rows.getString(1));
                }
            }
        }
        return keys;
    }

    /** The tables this run read keys of. */
    static Set<String> tables(Connection connection, long instanceId) throws SQLException {
        Set<String> tables = new HashSet<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT DISTINCT item_table FROM batch_sync_seen WHERE instance_id = ?")) {
            select.setLong(1, instanceId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
        }
        return tables;
    }

    /** Forgets the keys of a table once its retire step is done. */
    static void clear(Connection connection, long instanceId, String table) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM batch_sync_seen WHERE instance_id = ? AND item_table = ?")) {
            delete.setLong(1, instanceId);
            delete.setString(2, table);
            delete.executeUpdate();
        }
    }
}
