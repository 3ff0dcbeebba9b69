package cn.eport.onboarding.directory.table;

import cn.eport.onboarding.directory.Directory;
import cn.eport.onboarding.directory.DirectoryResult;
import jakarta.inject.Inject;

import java.util.Objects;
import java.util.function.Function;

/**
 * A table adapter for a directory with at most one row per USCC.
 *
 * @param <T> the directory's record
 * @param <E> the row of its table
 */
abstract class TableByUscc<T, E extends DirectoryEntry> {

    private final Directory directory;
    private final Class<E> table;
    private final Function<E, T> toRecord;

    @Inject
    private DirectoryEntryRepository entries;

    TableByUscc(Directory directory, Class<E> table, Function<E, T> toRecord) {
        this.directory = directory;
        this.table = table;
        this.toRecord = toRecord;
    }

    public DirectoryResult<T> find(String uscc) {
        Objects.requireNonNull(uscc, "uscc");
        return TableLookup.lookUp(directory, () -> entries.findByUscc(table, uscc).map(toRecord));
    }
}
