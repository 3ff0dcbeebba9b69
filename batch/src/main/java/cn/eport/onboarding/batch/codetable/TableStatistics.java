package cn.eport.onboarding.batch.codetable;

import cn.eport.onboarding.persistence.SqlDialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * Keeps the database's statistics of the tables a source fills in step with their size while the job
 * grows them ({@link SyncTarget#statisticsToRefresh}). PostgreSQL caches a statement's plan per
 * connection: planned while a directory table was nearly empty, its chunk lookup stays a scan of the
 * whole table when the table holds a million rows (measured: a 100,000-row file slowed to 500 rows/s),
 * unless autovacuum analyses the table, and it may be off. Refreshing the statistics whenever the rows
 * written have doubled replans the lookups at the right size: about twenty refreshes for a million rows.
 */
final class TableStatistics {

    private final SqlDialect dialect;
    private final SyncTarget target;
    private long refreshAt;
    private long written;

    /** @param firstRefresh the rows written after which the statistics are first refreshed */
    TableStatistics(SqlDialect dialect, SyncTarget target, long firstRefresh) {
        this.dialect = dialect;
        this.target = target;
        this.refreshAt = Math.max(1, firstRefresh);
    }

    /**
     * After a chunk that wrote these rows: refreshes them when the rows written in this step have
     * reached twice as many as at the last refresh.
     */
    void written(Connection connection, long rows) throws SQLException {
        written += rows;
        if (written >= refreshAt) {
            refresh(connection, dialect, target);
            refreshAt = written * 2;
        }
    }

    /** Refreshes them now (the retire step, before it plans its anti-join). */
    static void refresh(Connection connection, SqlDialect dialect, SyncTarget target) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String table : target.statisticsToRefresh()) {
                Optional<String> sql = dialect.refreshStatisticsSql(table);
                if (sql.isPresent()) {
                    statement.execute(sql.get());
                }
            }
        }
    }
}
