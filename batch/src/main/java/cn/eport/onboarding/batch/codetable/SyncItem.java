package cn.eport.onboarding.batch.codetable;

import cn.eport.onboarding.validation.RowProblem;

import java.util.List;

/**
 * A record after its row rules: accepted (the table it goes to, its key there and the value to
 * write) or rejected with its problems. Every record read reaches the writer, rejected ones too, so
 * the writer counts READ and records rejects in the chunk's transaction.
 */
public record SyncItem(SourceRecord record, String table, String key, Object value, List<RowProblem> problems) {

    public static SyncItem rejected(SourceRecord record, List<RowProblem> problems) {
        return new SyncItem(record, null, null, null, problems);
    }

    public boolean accepted() {
        return problems.isEmpty();
    }
}
