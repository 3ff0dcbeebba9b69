package cn.eport.onboarding.batch.codetable;

import cn.eport.onboarding.directory.table.DirectoryLayout;
import cn.eport.onboarding.directory.table.DirectoryRow;
import cn.eport.onboarding.directory.table.DirectoryTableSync;
import cn.eport.onboarding.persistence.SqlDialect;
import cn.eport.onboarding.validation.RowOutcome;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** A reference-directory source: rows of a {@link DirectoryLayout} into its dir_* table, keyed by USCC. */
record DirectoryTarget(DirectoryLayout layout) implements SyncTarget {

    @Override
    public List<String> requiredColumns() {
        return layout.requiredColumns();
    }

    @Override
    public SyncItem check(SourceRecord record, LocalDate today) {
        RowOutcome<DirectoryRow> outcome = layout.check(record, today);
        if (!outcome.accepted()) {
            return SyncItem.rejected(record, outcome.problems());
        }
        return new SyncItem(record, layout.table(), outcome.value().key(), outcome.value(), List.of());
    }

    @Override
    public Counts write(Connection connection, SqlDialect dialect, Collection<SyncItem> items, LocalDate today, Instant now)
            throws SQLException {
        DirectoryTableSync.Counts counts = new DirectoryTableSync(layout).upsert(connection, dialect,
                items.stream().map(i -> (DirectoryRow) i.value()).toList(), now);
        return new Counts(counts.inserted(), counts.updated(), counts.unchanged());
    }

    /** One statement: the directories may hold a million rows, so the snapshot's keys stay in the database. */
    @Override
    public int retire(Connection connection, String table, long instanceId, LocalDate today) throws SQLException {
        return new DirectoryTableSync(layout).retire(connection, today,
                "NOT EXISTS (" + SeenKeys.SUBSELECT + " AND s.item_key = {key})", instanceId, table);
    }

    /** The chunk lookups and the retire (an anti-join) read the directory and the run's keys, both as long as the file. */
    @Override
    public List<String> statisticsToRefresh() {
        return List.of(layout.table(), "batch_sync_seen");
    }

    @Override
    public Set<String> tablesToRetire(Set<String> tablesSeen) {
        return tablesSeen.contains(layout.table()) ? Set.of(layout.table()) : Set.of();
    }
}
