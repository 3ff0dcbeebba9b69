package cn.eport.onboarding.batch.housekeeping;

import cn.eport.onboarding.batch.run.StepCounter;
import cn.eport.onboarding.batch.run.StepLog;
import cn.eport.onboarding.persistence.DatabaseMigrator;
import jakarta.annotation.Resource;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/** Deletes the chunk's keys one by one in the chunk's transaction and counts READ and DELETED. */
abstract class DeletingWriter extends AbstractItemWriter {

    @Resource(lookup = DatabaseMigrator.DATASOURCE)
    private DataSource dataSource;

    @Inject
    private StepLog log;

    /** Deletes what the key names; returns whether it was there. */
    abstract boolean delete(Connection connection, long key) throws SQLException;

    @Override
    public void writeItems(List<Object> keys) throws Exception {
        long deleted = 0;
        try (Connection connection = dataSource.getConnection()) {
            for (Object key : keys) {
                if (delete(connection, (Long) key)) {
                    deleted++;
                }
            }
        }
        log.add(Map.of(StepCounter.READ, (long) keys.size(), StepCounter.DELETED, deleted));
    }
}
