package cn.eport.onboarding.batch.codetable;

import cn.eport.onboarding.batch.source.CsvFile;
import cn.eport.onboarding.batch.source.ImportSource;
import cn.eport.onboarding.batch.source.RecordStream;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** A source file read record by record: CSV ({@link CsvRecords}) or XML ({@link XmlRecords}). */
public interface RecordFile extends RecordStream<SourceRecord> {

    /** The field names of the CSV header; null for XML, whose records name their fields one by one. */
    List<String> header();

    /** Opens the source as XML when its first character (after a BOM and blanks) is {@code <}, as CSV otherwise. */
    static RecordFile open(ImportSource source) throws IOException {
        if (isXml(source)) {
            return XmlRecords.open(source);
        }
        return new CsvRecords(CsvFile.open(source, CsvFile.charsetOf(source)));
    }

    /** How many records the source holds (the progress bar's 100 %). */
    static long count(ImportSource source) throws IOException {
        try (RecordFile file = open(source)) {
            return file.countRest();
        }
    }

    static boolean isXml(ImportSource source) throws IOException {
        try (InputStream in = new BufferedInputStream(source.open())) {
            int c;
            do {
                c = in.read();
            } while (c == 0xEF || c == 0xBB || c == 0xBF || c == ' ' || c == '\t' || c == '\r' || c == '\n');
            return c == '<';
        }
    }
}
