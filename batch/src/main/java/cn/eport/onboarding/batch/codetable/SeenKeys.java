package cn.eport.onboarding.batch.codetable;

import cn.eport.onboarding.persistence.SqlDialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The keys a run has read (batch_sync_seen, migration V19): the line each first came on, to find
 * keys repeated in one file, and the snapshot the retire step compares the table with. Written in
 * the chunk's transaction, so a restarted run continues with exactly the keys of its committed chunks.
 */
final class SeenKeys {

    /** The directory retire statements compare a table's key with this sub-select (two parameters: instance, table). */
    static final String SUBSELECT = "SELECT s.item_key FROM batch_sync_seen s WHERE s.instance_id = ? AND s.item_table = ?";

    private SeenKeys() {
    }

    /**
     * Records the keys of these items (keys unique among them) that this run has not read before,
     * and returns the others, each with the line it was first read on. One batch of
     * {@code INSERT … WHERE NOT EXISTS}: each row's check is an equality on the whole primary key,
     * which every database answers from the index whatever its statistics say (an {@code IN} list of
     * a chunk's keys was planned as a scan of the run's keys while the table's statistics were
     * stale: quadratic in the file's length). Only a repeated key costs a lookup of its own.
     */
    static Map<SyncItem, Long> addNew(Connection connection, SqlDialect dialect, long instanceId, List<SyncItem> items)
            throws SQLException {
        Map<SyncItem, Long> repeated = new LinkedHashMap<>();
        if (items.isEmpty()) {
            return repeated;
        }
        String bigint = dialect.bigintParameter();
        String sql = "INSERT INTO batch_sync_seen (instance_id, item_table, item_key, line_no) "
                + dialect.selectOneRow(bigint + ", CAST(? AS VARCHAR(40)), CAST(? AS VARCHAR(80)), " + bigint)
                + " WHERE NOT EXISTS (" + SUBSELECT + " AND s.item_key = ?)";
        int[] inserted;
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (SyncItem item : items) {
                insert.setLong(1, instanceId);
                insert.setString(2, item.table());
                insert.setString(3, item.key());
                insert.setLong(4, item.record().line());
                insert.setLong(5, instanceId);
                insert.setString(6, item.table());
                insert.setString(7, item.key());
                insert.addBatch();
            }
            inserted = insert.executeBatch();
        }
        try (PreparedStatement select = connection.prepareStatement("SELECT line_no FROM batch_sync_seen"
                + " WHERE instance_id = ? AND item_table = ? AND item_key = ?")) {
            for (int i = 0; i < items.size(); i++) {
                if (inserted[i] != 1) {
                    SyncItem item = items.get(i);
                    long firstLine = firstLine(select, instanceId, item);
                    if (firstLine != item.record().line()) {
                        repeated.put(item, firstLine);
                    }
                }
            }
        }
        return repeated;
    }

    /** A driver may answer SUCCESS_NO_INFO for a batched row: then the line stored tells whether it was this one. */
    private static long firstLine(PreparedStatement select, long instanceId, SyncItem item) throws SQLException {
        select.setLong(1, instanceId);
        select.setString(2, item.table());
        select.setString(3, item.key());
        try (ResultSet rows = select.executeQuery()) {
            if (!rows.next()) {
                throw new SQLException("Key " + item.key() + " of " + item.table() + " was neither inserted nor found");
            }
            return rows.getLong(1);
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
