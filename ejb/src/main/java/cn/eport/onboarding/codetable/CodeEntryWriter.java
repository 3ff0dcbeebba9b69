package cn.eport.onboarding.codetable;

import cn.eport.onboarding.persistence.SequenceIds;
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
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Writes many code entries quickly with plain JDBC batches (the initial data: about 14,000 rows).
 * Ids come from {@code code_entry_seq} exactly as EclipseLink takes them ({@code allocationSize} 50:
 * one sequence value v stands for the ids v-49..v), so entities persisted later never collide.
 * Runs in the caller's transaction; works on H2, PostgreSQL and Oracle.
 * <p>
 * Also keeps {@code code_name_gram} (the n-grams of the Chinese names, {@link CodeNameGrams}) in step:
 * {@link #insert} writes the grams with the entries, {@link #replaceGrams} after a name changed,
 * {@link #rebuildGrams} for a whole table. Whoever writes {@code name_zh} must go through this class,
 * or the name search of code suggestion misses the entry.
 */
public final class CodeEntryWriter {

    static final String SEQUENCE = "code_entry_seq";
    static final String INSERT = """
            INSERT INTO code_entry (id, version, table_name, code, name_zh, name_en, parent_code,
                                    valid_from, valid_to, active, card_issuer_code, card_issuer_name)
            VALUES (?, 1, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?)""";
    static final String INSERT_GRAM = "INSERT INTO code_name_gram (table_name, gram, code) VALUES (?, ?, ?)";
    private static final int BATCH_SIZE = 500;

    private final SqlDialect dialect;

    public CodeEntryWriter(SqlDialect dialect) {
        this.dialect = dialect;
    }

    /** Inserts the entries and their name grams, active and valid from the given day on; returns how many entries were written. */
    public int insert(Connection connection, Collection<NewCodeEntry> entries, LocalDate validFrom)
            throws SQLException {
        Date from = Date.valueOf(validFrom);
        int written = 0;
        try (SequenceIds ids = new SequenceIds(connection, dialect, SEQUENCE);
             PreparedStatement insert = connection.prepareStatement(INSERT);
             PreparedStatement grams = connection.prepareStatement(INSERT_GRAM)) {
            for (NewCodeEntry entry : entries) {
                insert.setLong(1, ids.next());
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
                addGrams(grams, entry.table(), entry.code(), entry.nameZh());
                if (++written % BATCH_SIZE == 0) {
                    insert.executeBatch();
                    grams.executeBatch();
                }
            }
            if (written % BATCH_SIZE != 0) {
                insert.executeBatch();
                grams.executeBatch();
            }
        }
        return written;
    }

    /** Replaces the name grams of one entry, after its Chinese name was written by other means. */
    public static void replaceGrams(Connection connection, CodeTable table, String code, String nameZh) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM code_name_gram WHERE table_name = ? AND code = ?");
             PreparedStatement grams = connection.prepareStatement(INSERT_GRAM)) {
            delete.setString(1, table.name());
            delete.setString(2, code);
            delete.executeUpdate();
            addGrams(grams, table, code, nameZh);
            grams.executeBatch();
        }
    }

    /** Rebuilds the name grams of every entry of a table from code_entry; returns the entries read. */
    public static int rebuildGrams(Connection connection, CodeTable table) throws SQLException {
        int entries = 0;
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM code_name_gram WHERE table_name = ?");
             PreparedStatement names = connection.prepareStatement("SELECT code, name_zh FROM code_entry WHERE table_name = ?");
             PreparedStatement grams = connection.prepareStatement(INSERT_GRAM)) {
            delete.setString(1, table.name());
            delete.executeUpdate();
            names.setString(1, table.name());
            try (ResultSet rows = names.executeQuery()) {
                while (rows.next()) {
                    addGrams(grams, table, rows.getString(1), rows.getString(2));
                    if (++entries % BATCH_SIZE == 0) {
                        grams.executeBatch();
                    }
                }
            }
            grams.executeBatch();
        }
        return entries;
    }

    /** Whether the table has entries but no name grams (its entries were written before migration V6). */
    public static boolean lacksGrams(Connection connection, CodeTable table) throws SQLException {
        return exists(connection, "SELECT 1 FROM code_entry WHERE table_name = ? FETCH FIRST 1 ROWS ONLY", table) && !exists(connection,
                "SELECT 1 FROM code_name_gram WHERE table_name = ? FETCH FIRST 1 ROWS ONLY", table);
    }

    private static boolean exists(Connection connection, String sql, CodeTable table) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, table.name());
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static void addGrams(PreparedStatement grams, CodeTable table, String code, String nameZh) throws SQLException {
        for (String gram : CodeNameGrams.of(table, nameZh)) {
            grams.setString(1, table.name());
            grams.setString(2, gram);
            grams.setString(3, code);
            grams.addBatch();
        }
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

    /** The codes one table holds, active or not. */
    public static Set<String> codes(Connection connection, CodeTable table) throws SQLException {
        Set<String> codes = new HashSet<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT code FROM code_entry WHERE table_name = ?")) {
            statement.setString(1, table.name());
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    codes.add(rows.getString(1));
                }
            }
        }
        return codes;
    }

}
