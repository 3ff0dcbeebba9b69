package cn.eport.onboarding.batch.codetable;

import cn.eport.onboarding.time.BusinessCalendar;
import cn.eport.onboarding.validation.RowProblem;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.util.List;

/** Checks a record by the row rules of its source; a bad record goes on to the writer as a reject. */
@Named("codeTableSyncProcessor")
@Dependent
public class CodeTableSyncProcessor implements ItemProcessor {

    @Inject
    @BatchProperty
    private String source;

    @Inject
    private Clock clock;

    @Override
    public Object processItem(Object item) {
        SourceRecord record = (SourceRecord) item;
        if (record.shapeProblem() != null) {
            return SyncItem.rejected(record, List.of(new RowProblem(null, record.shapeProblem())));
        }
        return SyncSource.of(source).target().check(record, BusinessCalendar.today(clock));
    }
}
