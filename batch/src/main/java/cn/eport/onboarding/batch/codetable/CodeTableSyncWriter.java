package cn.eport.onboarding.batch.codetable;

import cn.eport.onboarding.batch.run.Reject;
import cn.eport.onboarding.batch.run.StepCounter;
import cn.eport.onboarding.batch.run.StepLog;
import cn.eport.onboarding.persistence.DatabaseMigrator;
import cn.eport.onboarding.time.BusinessCalendar;
import cn.eport.onboarding.validation.RowProblem;
import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import javax.sql.DataSource;
import java.sql.Connection;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Writes a chunk in its transaction: counts the records read, turns a key already read in this file
 * (in this chunk or an earlier one, batch_sync_seen) into a reject "与第 N 行重复", records the keys,
 * upserts the accepted rows (inserted / updated / unchanged) and records every reject with its line.
 */
@Named("codeTableSyncWriter")
@Dependent
public class CodeTableSyncWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty
    private String source;

    @Inject
    private StepLog log;

    @Inject
    private StepContext step;

    @Inject
    private DatabaseMigrator database;

    @Inject
    private Clock clock;

    @Resource(lookup = DatabaseMigrator.DATASOURCE)
    private DataSource dataSource;

    private TableStatistics statistics;

    @Override
    public void writeItems(List<Object> items) throws Exception {
        List<SyncItem> rejected = new ArrayList<>();
        Map<String, Map<String, SyncItem>> acceptedByTable = new LinkedHashMap<>();
        for (Object object : items) {
            SyncItem item = (SyncItem) object;
            if (!item.accepted()) {
                rejected.add(item);
                continue;
            }
            SyncItem first = acceptedByTable.computeIfAbsent(item.table(), t -> new LinkedHashMap<>()).putIfAbsent(item.key(), item);
            if (first != null) {
                rejected.add(duplicate(item, first.record().line()));
            }
        }
        SyncTarget.Counts counts;
        try (Connection connection = dataSource.getConnection()) {
            List<SyncItem> accepted = new ArrayList<>();
            for (Map.Entry<String, Map<String, SyncItem>> table : acceptedByTable.entrySet()) {
                Map<String, Long> earlier = SeenKeys.addNew(connection, log.instanceId(), table.getKey(), table.getValue().values());
                for (SyncItem item : table.getValue().values()) {
                    Long line = earlier.get(item.key());
                    if (line == null) {
                        accepted.add(item);
                    } else {
                        rejected.add(duplicate(item, line));
                    }
                }
            }
            SyncTarget target = SyncSource.of(source).target();
            counts = target.write(connection, database.dialect(), accepted, BusinessCalendar.today(clock), clock.instant());
            if (statistics == null) {
                statistics = new TableStatistics(database.dialect(), target, items.size());
            }
            statistics.written(connection, accepted.size());
        }
        String sourceName = Objects.toString(step.getTransientUserData(), source);
        for (SyncItem item : rejected) {
            log.reject(toReject(sourceName, item));
        }
        Map<StepCounter, Long> amounts = new EnumMap<>(StepCounter.class);
        amounts.put(StepCounter.READ, (long) items.size());
        amounts.put(StepCounter.INSERTED, (long) counts.inserted());
        amounts.put(StepCounter.UPDATED, (long) counts.updated());
        amounts.put(StepCounter.UNCHANGED, (long) counts.unchanged());
        log.add(amounts);
    }

    private static SyncItem duplicate(SyncItem item, long firstLine) {
        return SyncItem.rejected(item.record(), List.of(new RowProblem(null,
                "键 " + item.key() + " 与第 " + firstLine + " 行重复：同一文件中每个键只能出现一次，已采用第 " + firstLine + " 行")));
    }

    /** One reject a record, its problems together. */
    static Reject toReject(String sourceName, SyncItem item) {
        List<RowProblem> problems = item.problems();
        String fields = problems.stream().map(RowProblem::field).filter(Objects::nonNull).distinct()
                .collect(Collectors.joining(","));
        String reason = problems.stream().map(p -> p.field() == null ? p.reason() : p.field() + "：" + p.reason())
                .collect(Collectors.joining("；"));
        return Reject.of(sourceName, item.record().line(), fields.isEmpty() ? null : fields, reason, item.record().raw());
    }
}
