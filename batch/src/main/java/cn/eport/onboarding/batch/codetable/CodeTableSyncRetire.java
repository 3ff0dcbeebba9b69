package cn.eport.onboarding.batch.codetable;

import cn.eport.onboarding.batch.run.JobFailure;
import cn.eport.onboarding.batch.run.StepCounter;
import cn.eport.onboarding.batch.run.StepLog;
import cn.eport.onboarding.persistence.DatabaseMigrator;
import cn.eport.onboarding.time.BusinessCalendar;
import jakarta.annotation.Resource;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.UserTransaction;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The step after a source's load step (step property {@code source}): when the load read the whole
 * snapshot (the job reaches this step only then) with no more rejects than the limit, retires in one
 * transaction what the snapshot no longer lists and forgets the run's keys of those tables. Over the
 * limit it fails before retiring anything, saying so in the job's exit status. It shows RETIRED at 0
 * from its start, unless the load step skipped the source (not configured: exit status NOT_CONFIGURED,
 * no counters, as the load step). A source that read no accepted row (not configured, or
 * every row rejected) retires nothing.
 */
@Named("codeTableSyncRetire")
@Dependent
public class CodeTableSyncRetire extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(CodeTableSyncRetire.class.getName());

    @Inject
    @BatchProperty
    private String source;

    @Inject
    private SyncSettings settings;

    @Inject
    private StepLog log;

    @Inject
    private Clock clock;

    @Inject
    private DatabaseMigrator database;

    @Inject
    private JobContext job;

    @Resource(lookup = DatabaseMigrator.DATASOURCE)
    private DataSource dataSource;

    @Resource
    private UserTransaction transaction;

    @Override
    public String process() throws Exception {
        Map<StepCounter, Long> load = loadCounts();
        if (!load.containsKey(StepCounter.TOTAL)) {
            return "NOT_CONFIGURED";
        }
        log.begin(StepCounter.RETIRED);
        long limit = settings.rejectLimit();
        long rejected = load.getOrDefault(StepCounter.REJECTED, 0L);
        if (rejected > limit) {
            throw JobFailure.of(job, "来源 " + source + " 拒收 " + rejected + " 行，超过拒收上限 " + limit
                    + "：本次未退役任何条目（已写入的行保留）。请修正文件后重新运行", null);
        }
        LocalDate today = BusinessCalendar.today(clock);
        SyncTarget target = SyncSource.of(source).target();
        refreshStatistics(target);
        transaction.begin();
        try {
            int retired = 0;
            Set<String> tables;
            try (Connection connection = dataSource.getConnection()) {
                tables = target.tablesToRetire(SeenKeys.tables(connection, log.instanceId()));
                for (String table : tables) {
                    retired += target.retire(connection, table, log.instanceId(), today);
                    SeenKeys.clear(connection, log.instanceId(), table);
                }
            }
            log.add(StepCounter.RETIRED, retired);
            transaction.commit();
            int count = retired;
            LOG.info(() -> "code-table-sync: " + source + " retired " + count + " entries of " + tables);
            return tables.isEmpty() ? "NOTHING_TO_RETIRE" : "COMPLETED";
        } catch (Exception e) {
            transaction.rollback();
            throw e;
        }
    }

    private void refreshStatistics(SyncTarget target) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            TableStatistics.refresh(connection, database.dialect(), target);
        }
    }

    /** The counts of this source's load step: none when it skipped the source, TOTAL once it counted the file. */
    private Map<StepCounter, Long> loadCounts() throws SQLException {
        Map<StepCounter, Long> counts = new EnumMap<>(StepCounter.class);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT counter_name, amount FROM batch_step_count"
                     + " WHERE instance_id = ? AND step_name = ?")) {
            select.setLong(1, log.instanceId());
            select.setString(2, source);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    counts.put(StepCounter.valueOf(rows.getString(1)), rows.getLong(2));
                }
            }
        }
        return counts;
    }
}
