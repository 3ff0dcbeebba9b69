package cn.eport.onboarding.codetable;

import cn.eport.onboarding.persistence.SqlDialect;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * Writes many code entries quickly with plain JDBC batches (the initial data: about 14,000 rows).
 * Ids come from {@code code_entry_seq} exactly as EclipseLink takes them ({@code allocationSize} 50:
 * one sequence value v stands for the ids v-49..v), so entities persisted later never collide.
 * Runs in the caller's transaction; works on H2, PostgreSQL and Oracle.
 */
public final class CodeEntryWriter {

    static final String SEQUENCE = "code_entry_seq";
    static final String INSERT = """
            INSERT INTO code_entry (id, version, table_name, code, name_zh, name_en, parent_code,
                                    valid_from, valid_to, active, card_issuer_code, card_issuer_name)
            VALUES (?, 1, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?)""";
    private static final int BATCH_SIZE = 500;

    private final SqlDialect dialect;

    public CodeEntryWriter(SqlDialect dialect) {
        this.dialect = dialect;
    }

    /** Inserts the entries, active and valid from the given day on; returns how many were written. */
    public int insert(Connection connection, Collection<NewCodeEntry> entries, LocalDate validFrom)
            throws SQLException {
        Date from = Date.valueOf(validFrom);
        int written = 0;
        long nextId = 0;
        long lastId = -1;
        try (PreparedStatement ids = connection.prepareStatement(dialect.nextValueSql(SEQUENCE));
             PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (NewCodeEntry entry : entries) {
                if (nextId > lastId) {
                    lastId = nextValue(ids);
                    nextId = lastId - CodeEntry.ALLOCATION_SIZE + 1;
                }
                insert.setLong(1, nextId++);
                insert.setString(2, entry.table().name());
                insert.setString(3, entry.code());
                insert.setString(4, entry.nameZh());
                insert.setString(5, entry.nameEn());
                insert.setString(6, entry.parentCode());
                insert.setDate(7, from);
                insert.setBoolean(8, true);
                insert.setString(9, entry.cardIssuerCode());
                insert.setString(10, entry.cardIssuerName());
                insert.addBatch();
                if (++written % BATCH_SIZE == 0) {
                    insert.executeBatch();
                }
            }
            if (written % BATCH_SIZE != 0) {
                insert.executeBatch();
            }
        }
        return written;
    }

    /** How many entries each table holds (tables without entries are absent). */
    public static Map<CodeTable, Long> countByTable(Connection connection) throws SQLException {
        Map<CodeTable, Long> counts = new EnumMap<>(CodeTable.class);
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT table_name, COUNT(*) FROM code_entry GROUP BY table_name")) {
            while (rows.next()) {
                counts.put(CodeTable.valueOf(rows.getString(1)), rows.getLong(2));
            }
        }
        return counts;
    }

    /** How many entries one table holds. */
    public static long count(Connection connection, CodeTable table) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM code_entry WHERE table_name = ?")) {
            statement.setString(1, table.name());
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static long nextValue(PreparedStatement ids) throws SQLException {
        try (ResultSet rows = ids.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
