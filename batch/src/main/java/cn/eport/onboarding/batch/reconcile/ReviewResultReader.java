package cn.eport.onboarding.batch.reconcile;

import cn.eport.onboarding.batch.run.RecordStreamReader;
import cn.eport.onboarding.batch.run.StepCounter;
import cn.eport.onboarding.batch.run.StepLog;
import cn.eport.onboarding.batch.source.ImportSource;
import cn.eport.onboarding.batch.source.ImportSources;
import cn.eport.onboarding.batch.source.MalformedFileException;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.Serializable;
import java.util.Optional;

/**
 * Reads the back office's review results (a CSV in UTF-8 or GB18030, or XML: {@link ResultFile}) one
 * record at a time, each parsed into a decision or a malformed line. The source is the job parameter {@code source} if
 * given (tests, an operator's one-off run), else the configured {@value #SOURCE_PROPERTY}: a file
 * path or URL, read through {@link ImportSources}. Its checkpoint is the number of records done; a
 * restart passes over them. A missing or unconfigured file, a header without the required columns
 * and a file that cannot be parsed on fail the step, with the reason as the job's exit status.
 */
@Named("reviewResultReader")
@Dependent
public class ReviewResultReader extends RecordStreamReader<ResultRecord> {

    public static final String SOURCE_PROPERTY = "eport.batch.review-reconcile.source";

    @Inject
    @BatchProperty(name = "source")
    private String sourceParameter;

    @Inject
    @ConfigProperty(name = SOURCE_PROPERTY)
    private Optional<String> configuredSource;

    @Inject
    private ImportSources sources;

    @Inject
    private StepLog log;

    @Inject
    private StepContext step;

    @Override
    public void open(Serializable checkpoint) throws IOException {
        ImportSource source = source();
        // the writer names the source in its rejects
        step.setTransientUserData(source.name());
        if (!source.exists()) {
            throw failure("审核结果文件不存在：" + source.name(), null);
        }
        try {
            log.set(StepCounter.TOTAL, ResultFile.count(source));
            readFrom(ResultFile.open(source), checkpoint);
        } catch (MissingColumnsException e) {
            throw failure(e.getMessage() + "（" + source.name() + "）", e);
        } catch (EmptyResultFileException e) {
            throw failure(e.getMessage(), e);
        } catch (MalformedFileException e) {
            throw unreadable(e);
        }
    }

    private ImportSource source() {
        String location = sourceParameter != null && !sourceParameter.isBlank() ? sourceParameter
                : configuredSource.filter(s -> !s.isBlank())
                .orElseThrow(() -> failure("未配置审核结果文件的位置（" + SOURCE_PROPERTY + "）", null));
        try {
            return sources.of(location);
        } catch (IllegalArgumentException e) {
            throw failure("审核结果文件的位置无法读取：" + location + "（" + e.getMessage() + "）", e);
        }
    }

    @Override
    protected Object item(long recordNo, ResultRecord record) {
        return new FileRecord(recordNo, record.parse());
    }

    @Override
    protected IllegalStateException unreadable(MalformedFileException e) {
        return failure("审核结果文件第 " + e.line() + " 行起无法读取（引号未闭合、XML 标签不完整等）：" + e.getMessage(), e);
    }
}
