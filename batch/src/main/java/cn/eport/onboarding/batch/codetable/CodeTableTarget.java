package cn.eport.onboarding.batch.codetable;

import cn.eport.onboarding.codetable.CodeEntrySync;
import cn.eport.onboarding.codetable.CodeRowLayout;
import cn.eport.onboarding.codetable.CodeTable;
import cn.eport.onboarding.codetable.NewCodeEntry;
import cn.eport.onboarding.persistence.SqlDialect;
import cn.eport.onboarding.validation.RowOutcome;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** A code-table source: rows of a {@link CodeRowLayout} into code_entry, keyed by (table, code). */
record CodeTableTarget(CodeRowLayout layout, CodeTable table) implements SyncTarget {

    @Override
    public List<String> requiredColumns() {
        return layout.requiredColumns();
    }

    @Override
    public SyncItem check(SourceRecord record, LocalDate today) {
        RowOutcome<NewCodeEntry> outcome = layout.check(table, record);
        if (!outcome.accepted()) {
            return SyncItem.rejected(record, outcome.problems());
        }
        NewCodeEntry entry = outcome.value();
        return new SyncItem(record, entry.table().name(), entry.code(), entry, List.of());
    }

    @Override
    public Counts write(Connection connection, SqlDialect dialect, Collection<SyncItem> items, LocalDate today, Instant now)
            throws SQLException {
        CodeEntrySync.Counts counts = new CodeEntrySync(dialect).upsert(connection,
                items.stream().map(i -> (NewCodeEntry) i.value()).toList(), today);
        return new Counts(counts.inserted(), counts.updated(), counts.unchanged());
    }

    @Override
    public int retire(Connection connection, String tableName, long instanceId, LocalDate today) throws SQLException {
        return CodeEntrySync.retire(connection, CodeTable.valueOf(tableName), SeenKeys.all(connection, instanceId, tableName), today);
    }

    @Override
    public Set<String> tablesToRetire(Set<String> tablesSeen) {
        Set<String> own = table == null
                ? CodeRowLayout.SMALL_LISTS.stream().map(Enum::name).collect(Collectors.toSet())
                : Set.of(table.name());
        return tablesSeen.stream().filter(own::contains).collect(Collectors.toSet());
    }
}
