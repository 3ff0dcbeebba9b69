package cn.eport.onboarding.batch.source;

import java.io.IOException;
import java.util.Optional;

/** The records of one source file, read one at a time and never all in memory. */
public interface RecordStream<T> extends AutoCloseable {

    /**
     * The next record, or empty at the end.
     *
     * @throws MalformedFileException when the file cannot be read on from here
     */
    Optional<T> next();

    /** Passes over the next records (those a checkpoint says were done); how many there were. */
    default long skip(long count) {
        long skipped = 0;
        while (skipped < count && next().isPresent()) {
            skipped++;
        }
        return skipped;
    }

    /** Reads to the end: how many records were left (on a fresh stream, the progress bar's 100 %). */
    default long countRest() {
        long records = 0;
        while (next().isPresent()) {
            records++;
        }
        return records;
    }

    @Override
    void close() throws IOException;
}
