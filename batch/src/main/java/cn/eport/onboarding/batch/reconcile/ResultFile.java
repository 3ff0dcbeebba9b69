package cn.eport.onboarding.batch.reconcile;

import cn.eport.onboarding.batch.source.ImportSource;
import cn.eport.onboarding.batch.source.RecordStream;

import java.io.IOException;
import java.util.Locale;

/**
 * A results file read one record at a time: CSV ({@link CsvResults}) or, for a source whose name
 * ends in {@code .xml}, XML ({@link XmlResults}).
 */
public interface ResultFile extends RecordStream<ResultRecord> {

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
            return file.countRest();
        }
    }
}
