package cn.eport.onboarding.directory.table;

import cn.eport.onboarding.directory.Directory;
import cn.eport.onboarding.directory.DirectoryResult;

import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Runs a table look-up and turns its outcome into a {@link DirectoryResult}; a failure never reaches the caller. */
final class TableLookup {

    private static final Logger LOG = Logger.getLogger(TableLookup.class.getName());

    private TableLookup() {
    }

    static <T> DirectoryResult<T> lookUp(Directory directory, Supplier<Optional<T>> query) {
        Optional<T> row;
        try {
            row = query.get();
        } catch (RuntimeException e) {
            // a database failure or a row the record refuses; the stack trace is for the operator only
            LOG.log(Level.SEVERE, "Directory " + directory.configName() + ": its table could not be read", e);
            return DirectoryResult.unavailable(directory, DirectoryResult.Reason.DATABASE_ERROR);
        }
        return row.<DirectoryResult<T>>map(DirectoryResult::found).orElseGet(DirectoryResult::notFound);
    }
}
