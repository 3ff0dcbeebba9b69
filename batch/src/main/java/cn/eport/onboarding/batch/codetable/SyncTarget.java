package cn.eport.onboarding.batch.codetable;

import cn.eport.onboarding.persistence.SqlDialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Where the records of one source go: a code table (or the small lists) or a directory table. */
public interface SyncTarget {

    /** How one chunk was taken. */
    record Counts(int inserted, int updated, int unchanged) {
    }

    /** The columns a CSV file must have; a file without one of them fails its step. */
    List<String> requiredColumns();

    /** The record after its row rules. */
    SyncItem check(SourceRecord record, LocalDate today);

    /** Writes the accepted items of a chunk (keys unique within it). */
    Counts write(Connection connection, SqlDialect dialect, Collection<SyncItem> items, LocalDate today, Instant now)
            throws SQLException;

    /** Retires in one table what the run's snapshot did not list (its keys are in batch_sync_seen); returns how many. */
    int retire(Connection connection, String table, long instanceId, LocalDate today) throws SQLException;

    /**
     * The physical tables whose statistics the database must see up to date, as the load grows them
     * and before the retire statement is planned ({@link TableStatistics}): those the chunk lookups
     * and the retire read at the size of the file.
     */
    default List<String> statisticsToRefresh() {
        return List.of();
    }

    /** The tables whose retiring the snapshot decides, of those it has rows of (code-lists names its lists). */
    Set<String> tablesToRetire(Set<String> tablesSeen);
}
