package cn.eport.onboarding.batch.codetable;

import cn.eport.onboarding.batch.run.ReadDelay;
import cn.eport.onboarding.batch.run.StepCounter;
import cn.eport.onboarding.batch.run.StepLog;
import cn.eport.onboarding.batch.source.ImportSource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.logging.Logger;

/**
 * Reads the records of one source (step property {@code source}), CSV or XML, one at a time. Its
 * checkpoint is the number of records done; a restart passes over them. On the first start of the
 * step it counts the records ({@link StepCounter#TOTAL}, the progress bar's 100 %). A source that is
 * not configured is skipped (exit status NOT_CONFIGURED); a configured file that is missing, empty
 * (no header or no record) or lacks a required column fails the step with a message saying so.
 */
@Named("codeTableSyncReader")
@Dependent
public class CodeTableSyncReader extends AbstractItemReader {

    private static final Logger LOG = Logger.getLogger(CodeTableSyncReader.class.getName());

    @Inject
    @BatchProperty
    private String source;

    @Inject
    private SyncSettings settings;

    @Inject
    private StepLog log;

    @Inject
    private StepContext step;

    @Inject
    private ReadDelay delay;

    private RecordFile file;
    private long done;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        SyncSource syncSource = SyncSource.of(source);
        SyncSettings.Location location = settings.location(syncSource);
        if (!location.configured()) {
            LOG.info(() -> "code-table-sync: source " + source + " skipped: " + location.skipReason());
            step.setExitStatus("NOT_CONFIGURED");
            return;
        }
        ImportSource in = location.source();
        step.setTransientUserData(in.name());
        if (!in.exists()) {
            throw new IllegalStateException("来源 " + source + " 的文件不存在：" + in.name() + "（已配置，故本步骤失败）");
        }
        file = RecordFile.open(in);
        requireColumns(syncSource, in);
        if (checkpoint == null) {
            long total = RecordFile.count(in);
            if (total == 0) {
                throw new IllegalStateException("来源 " + source + " 的文件 " + in.name() + " 没有数据行（只有表头）：未做任何更改");
            }
            log.set(StepCounter.TOTAL, total);
        } else {
            done = file.skip((Long) checkpoint);
        }
    }

    private void requireColumns(SyncSource syncSource, ImportSource in) {
        List<String> header = file.header();
        if (header == null) {
            return;
        }
        if (header.isEmpty()) {
            throw new IllegalStateException("来源 " + source + " 的文件 " + in.name() + " 是空文件：应有表头行（"
                    + String.join(",", syncSource.target().requiredColumns()) + " 等列）和数据行");
        }
        List<String> missing = syncSource.target().requiredColumns().stream().filter(c -> !header.contains(c)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("来源 " + source + " 的文件 " + in.name() + " 缺少必需的列："
                    + String.join("、", missing) + "（表头为：" + String.join(",", header) + "）");
        }
    }

    @Override
    public Object readItem() throws Exception {
        if (file == null) {
            return null;
        }
        SourceRecord record = file.next().orElse(null);
        if (record != null) {
            done++;
            delay.afterRecord();
        }
        return record;
    }

    @Override
    public Serializable checkpointInfo() {
        return done;
    }

    @Override
    public void close() throws IOException {
        if (file != null) {
            file.close();
        }
    }
}
