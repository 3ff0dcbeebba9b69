package cn.eport.onboarding.batch.housekeeping;

import cn.eport.onboarding.batch.run.StepCounter;
import cn.eport.onboarding.batch.run.StepLog;
import cn.eport.onboarding.persistence.DatabaseMigrator;
import jakarta.annotation.Resource;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Reads the keys (ids) of what a housekeeping step deletes, in ascending order, a page at a time
 * (never all of them in memory). The checkpoint is the last key handed out and the cut-off time
 * fixed at the step's first start, so a restart continues after the last committed chunk with
 * the same cut-off. The query gets the last key and the cut-off as parameters 1 and 2.
 */
abstract class KeysetReader extends AbstractItemReader {

    private static final int PAGE = 200;

    record Position(long lastKey, Instant cutoff) implements Serializable {
    }

    @Resource(lookup = DatabaseMigrator.DATASOURCE)
    DataSource dataSource;

    @Inject
    StepLog log;

    @Inject
    Clock clock;

    private final Deque<Long> page = new ArrayDeque<>();
    private long lastKey;
    private Instant cutoff;
    private boolean exhausted;

    /** How old a thing must be to go. */
    abstract Duration age();

    /** SELECT of the next keys after parameter 1, older than the cut-off (parameter 2), ascending. */
    abstract String nextKeysSql();

    /** SELECT COUNT(*) of everything to delete, older than the cut-off (parameter 1). */
    abstract String countSql();

    /** Done once at the step's first start, in its transaction (e.g. rows that have no key to read). */
    void beforeFirstRead(Connection connection, Instant cutoff) throws SQLException {
    }

    @Override
    public void open(Serializable checkpoint) throws Exception {
        if (checkpoint instanceof Position position) {
            lastKey = position.lastKey();
            cutoff = position.cutoff();
            return;
        }
        lastKey = Long.MIN_VALUE;
        cutoff = clock.instant().minus(age());
        try (Connection connection = dataSource.getConnection();
             PreparedStatement count = connection.prepareStatement(countSql())) {
            count.setTimestamp(1, Timestamp.from(cutoff));
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                log.set(StepCounter.TOTAL, rows.getLong(1));
            }
            log.begin(StepCounter.READ, StepCounter.DELETED);
            beforeFirstRead(connection, cutoff);
        }
    }

    @Override
    public Object readItem() throws Exception {
        if (page.isEmpty() && !exhausted) {
            fill();
        }
        Long key = page.poll();
        if (key != null) {
            lastKey = key;
        }
        return key;
    }

    @Override
    public Serializable checkpointInfo() {
        return new Position(lastKey, cutoff);
    }

    private void fill() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement next = connection.prepareStatement(nextKeysSql() + " FETCH FIRST " + PAGE + " ROWS ONLY")) {
            next.setLong(1, lastKey);
            next.setTimestamp(2, Timestamp.from(cutoff));
            try (ResultSet rows = next.executeQuery()) {
                while (rows.next()) {
                    page.add(rows.getLong(1));
                }
            }
        }
        exhausted = page.size() < PAGE;
    }
}
