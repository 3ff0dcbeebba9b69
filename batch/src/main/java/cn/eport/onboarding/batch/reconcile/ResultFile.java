package cn.eport.onboarding.batch.reconcile;

import cn.eport.onboarding.batch.source.ImportSource;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * A results file read one record at a time: CSV ({@link CsvResults}) or, for a source whose name
 * ends in {@code .xml}, XML ({@link XmlResults}).
 */
public interface ResultFile extends AutoCloseable {

    /**
     * The next record, or empty at the end.
     *
     * @throws cn.eport.onboarding.batch.source.MalformedFileException when the file cannot be read on from here
     */
    Optional<ResultRecord> next();

    /** Passes over the next records (those a checkpoint says were done). */
    default void skip(long count) {
        for (long skipped = 0; skipped < count && next().isPresent(); skipped++) {
            // passed over
        }
    }

    @Override
    void close() throws IOException;

    static boolean isXml(ImportSource source) {
        return source.name().toLowerCase(Locale.ROOT).endsWith(".xml");
    }

    /** Opens the source as the kind of file it is. */
    static ResultFile open(ImportSource source) throws IOException {
        return isXml(source) ? XmlResults.open(source) : CsvResults.open(source);
    }

    /** The number of records in the source (the progress bar's 100 %), reading it once. */
    static long count(ImportSource source) throws IOException {
        try (ResultFile file = open(source)) {
            long records = 0;
            while (file.next().isPresent()) {
                records++;
            }
            return records;
        }
    }
}
