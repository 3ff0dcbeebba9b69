package cn.eport.onboarding.batch.codetable;

import cn.eport.onboarding.batch.run.RecordStreamReader;
import cn.eport.onboarding.batch.run.StepCounter;
import cn.eport.onboarding.batch.run.StepLog;
import cn.eport.onboarding.batch.source.ImportSource;
import cn.eport.onboarding.batch.source.MalformedFileException;
import jakarta.batch.api.BatchProperty;
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
 * (no header or no record), lacks a required column, cannot be downloaded or cannot be read on fails
 * the step with a Chinese message saying so, which is also the job's exit status (the console shows it).
 * The first start shows the step's counters at 0 ({@link StepLog#begin}), so a run that changed
 * nothing lists 新增 0 and not a blank.
 */
@Named("codeTableSyncReader")
@Dependent
public class CodeTableSyncReader extends RecordStreamReader<SourceRecord> {

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
        try {
            if (!in.exists()) {
                throw failure("来源 " + source + " 的文件不存在：" + in.name() + "（已配置，故本步骤失败）", null);
            }
            RecordFile file = RecordFile.open(in);
            try {
                requireColumns(syncSource, in, file.header());
                if (checkpoint == null) {
                    begin(in);
                }
            } catch (RuntimeException | IOException e) {
                file.close();
                throw e;
            }
            readFrom(file, checkpoint);
        } catch (MalformedFileException e) {
            throw unreadable(e);
        } catch (IOException e) {
            throw failure("来源 " + source + " 无法读取：" + e.getMessage(), e);
        }
    }

    /** The first start: the records to read (the progress bar's 100 %) and the counters at 0. */
    private void begin(ImportSource in) throws IOException {
        long total = RecordFile.count(in);
        if (total == 0) {
            throw failure("来源 " + source + " 的文件 " + in.name() + " 没有数据行（只有表头）：未做任何更改", null);
        }
        log.begin(StepCounter.READ, StepCounter.REJECTED, StepCounter.INSERTED, StepCounter.UPDATED, StepCounter.UNCHANGED);
        log.set(StepCounter.TOTAL, total);
    }

    private void requireColumns(SyncSource syncSource, ImportSource in, List<String> header) {
        if (header == null) {
            return;
        }
        if (header.isEmpty()) {
            throw failure("来源 " + source + " 的文件 " + in.name() + " 是空文件：应有表头行（"
                    + String.join(",", syncSource.target().requiredColumns()) + " 等列）和数据行", null);
        }
        List<String> missing = syncSource.target().requiredColumns().stream().filter(c -> !header.contains(c)).toList();
        if (!missing.isEmpty()) {
            throw failure("来源 " + source + " 的文件 " + in.name() + " 缺少必需的列："
                    + String.join("、", missing) + "（表头为：" + String.join(",", header) + "）", null);
        }
    }

    @Override
    protected Object item(long recordNo, SourceRecord record) {
        return record;
    }

    @Override
    protected IllegalStateException unreadable(MalformedFileException e) {
        return failure("来源 " + source + " 的文件 " + e.sourceName() + " 第 " + e.line()
                + " 行起无法读取（引号未闭合、XML 标签不完整等）：本来源不退役任何条目，请修正文件后重新运行", e);
    }
}
