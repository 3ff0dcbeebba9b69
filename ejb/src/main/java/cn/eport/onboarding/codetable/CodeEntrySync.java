package cn.eport.onboarding.codetable;

import cn.eport.onboarding.persistence.SqlDialect;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Brings code_entry in line with a source file, a chunk at a time (the sync job, R-4): reads the
 * chunk's existing entries with one {@code IN} query per table, inserts the new ones through
 * {@link CodeEntryWriter} (with their name grams), updates only the entries whose content differs (a
 * retired code that comes back is active again, valid-to cleared) and leaves equal ones untouched.
 * {@link #retire} deactivates the codes a complete snapshot no longer lists. Never deletes an entry.
 * Runs in the caller's transaction.
 */
public final class CodeEntrySync {

    /** How the entries of one chunk were taken. */
    public record Counts(int inserted, int updated, int unchanged) {
    }

    /** Oracle allows at most 1,000 expressions in an IN list. */
    static final int IN_LIST = 500;
    private static final String UPDATE = """
            UPDATE code_entry SET name_zh = ?, name_en = ?, parent_code = ?, card_issuer_code = ?, card_issuer_name = ?,
                                  active = ?, valid_to = NULL, version = version + 1
            WHERE table_name = ? AND code = ?""";

    private final CodeEntryWriter writer;

    public CodeEntrySync(SqlDialect dialect) {
        this.writer = new CodeEntryWriter(dialect);
    }

    /** Writes the entries (one key at most once; keys repeated in a file are the caller's rejects). */
    public Counts upsert(Connection connection, Collection<NewCodeEntry> entries, LocalDate today) throws SQLException {
        Map<CodeTable, List<NewCodeEntry>> byTable = new LinkedHashMap<>();
        entries.forEach(e -> byTable.computeIfAbsent(e.table(), t -> new ArrayList<>()).add(e));
        int inserted = 0;
        int updated = 0;
        int unchanged = 0;
        for (Map.Entry<CodeTable, List<NewCodeEntry>> table : byTable.entrySet()) {
            Map<String, Stored> stored = stored(connection, table.getKey(), table.getValue());
            List<NewCodeEntry> fresh = new ArrayList<>();
            List<NewCodeEntry> changed = new ArrayList<>();
            for (NewCodeEntry entry : table.getValue()) {
                Stored old = stored.get(entry.code());
                if (old == null) {
                    fresh.add(entry);
                } else if (old.differsFrom(entry)) {
                    changed.add(entry);
                } else {
                    unchanged++;
                }
            }
            inserted += fresh.isEmpty() ? 0 : writer.insert(connection, fresh, today);
            updated += update(connection, changed, stored);
        }
        return new Counts(inserted, updated, unchanged);
    }

    /**
     * Retires the active codes of the table that the snapshot did not list: inactive, valid until today
     * (exclusive; an entry that became valid only today is just made inactive, since valid-to must lie
     * after valid-from). Returns how many were retired.
     */
    public static int retire(Connection connection, CodeTable table, Set<String> listed, LocalDate today) throws SQLException {
        List<String> retireToday = new ArrayList<>();
        List<String> deactivate = new ArrayList<>();
        try (PreparedStatement active = connection.prepareStatement(
                "SELECT code, valid_from FROM code_entry WHERE table_name = ? AND active = ?")) {
            active.setString(1, table.name());
            active.setBoolean(2, true);
            try (ResultSet rows = active.executeQuery()) {
                while (rows.next()) {
                    String code = rows.getString(1);
                    if (!listed.contains(code)) {
                        (rows.getDate(2).toLocalDate().isBefore(today) ? retireToday : deactivate).add(code);
                    }
                }
            }
        }
        try (PreparedStatement retire = connection.prepareStatement("UPDATE code_entry SET active = ?, valid_to = ?,"
                + " version = version + 1 WHERE table_name = ? AND code = ?")) {
            for (String code : retireToday) {
                retire.setBoolean(1, false);
                retire.setDate(2, Date.valueOf(today));
                retire.setString(3, table.name());
                retire.setString(4, code);
                retire.addBatch();
            }
            for (String code : deactivate) {
                retire.setBoolean(1, false);
                retire.setDate(2, null);
                retire.setString(3, table.name());
                retire.setString(4, code);
                retire.addBatch();
            }
            retire.executeBatch();
        }
        return retireToday.size() + deactivate.size();
    }

    private static int update(Connection connection, List<NewCodeEntry> changed, Map<String, Stored> stored) throws SQLException {
        if (changed.isEmpty()) {
            return 0;
        }
        try (PreparedStatement update = connection.prepareStatement(UPDATE)) {
            for (NewCodeEntry entry : changed) {
                update.setString(1, entry.nameZh());
                update.setString(2, entry.nameEn());
                update.setString(3, entry.parentCode());
                update.setString(4, entry.cardIssuerCode());
                update.setString(5, entry.cardIssuerName());
                update.setBoolean(6, true);
                update.setString(7, entry.table().name());
                update.setString(8, entry.code());
                update.addBatch();
            }
            update.executeBatch();
        }
        for (NewCodeEntry entry : changed) {
            if (!entry.nameZh().equals(stored.get(entry.code()).nameZh())) {
                CodeEntryWriter.replaceGrams(connection, entry.table(), entry.code(), entry.nameZh());
            }
        }
        return changed.size();
    }

    /** What code_entry holds for a code, as far as a source file can change it. */
    record Stored(String nameZh, String nameEn, String parentCode, String cardIssuerCode, String cardIssuerName,
                  boolean active, LocalDate validTo) {

        boolean differsFrom(NewCodeEntry entry) {
            return !(active && validTo == null && nameZh.equals(entry.nameZh()) && Objects.equals(nameEn, entry.nameEn())
                    && Objects.equals(parentCode, entry.parentCode()) && Objects.equals(cardIssuerCode, entry.cardIssuerCode())
                    && Objects.equals(cardIssuerName, entry.cardIssuerName()));
        }
    }

    private static Map<String, Stored> stored(Connection connection, CodeTable table, List<NewCodeEntry> entries)
            throws SQLException {
        Map<String, Stored> stored = new HashMap<>();
        for (int from = 0; from < entries.size(); from += IN_LIST) {
            List<NewCodeEntry> part = entries.subList(from, Math.min(entries.size(), from + IN_LIST));
            String sql = "SELECT code, name_zh, name_en, parent_code, card_issuer_code, card_issuer_name, active, valid_to"
                    + " FROM code_entry WHERE table_name = ? AND code IN (" + "?,".repeat(part.size() - 1) + "?)";
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setString(1, table.name());
                for (int i = 0; i < part.size(); i++) {
                    select.setString(i + 2, part.get(i).code());
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        Date validTo = rows.getDate(8);
                        stored.put(rows.getString(1), new Stored(rows.getString(2), rows.getString(3), rows.getString(4),
                                rows.getString(5), rows.getString(6), rows.getBoolean(7),
                                validTo == null ? null : validTo.toLocalDate()));
                    }
                }
            }
        }
        return stored;
    }
}
