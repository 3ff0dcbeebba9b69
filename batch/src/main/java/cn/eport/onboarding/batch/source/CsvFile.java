package cn.eport.onboarding.batch.source;

import cn.eport.onboarding.textfile.TextCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * A CSV file of a job (Apache Commons CSV): a header line naming the columns, then one record a
 * line (quoted fields may span lines; empty lines are passed over). UTF-8 (with or without BOM) or GB18030, told apart by
 * {@link #charsetOf}. Read as a stream: {@link #next()} hands out one record at a time with the line
 * it starts on, and {@link #skip} passes over the records a checkpoint says were done.
 */
public final class CsvFile implements AutoCloseable {

    /** GB18030: what Chinese government systems export when they do not write UTF-8. */
    public static final Charset GB18030 = TextCharsets.GB18030;

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader().setSkipHeaderRecord(true).setTrim(true).setIgnoreEmptyLines(false)
            .setIgnoreSurroundingSpaces(true).get();

    /** One record and the line of the file it starts on (the header is line 1). */
    public record Row(long line, CSVRecord record) {

        /** The trimmed value of a column; null when empty or when the record is too short to have it. */
        public String get(String column) {
            if (!record.isMapped(column) || !record.isSet(column)) {
                return null;
            }
            String value = record.get(column);
            return value.isEmpty() ? null : value;
        }

        /** Whether the record has as many fields as the header has columns. */
        public boolean complete() {
            return record.isConsistent();
        }

        /** The record as it reads in the file, for the reject list. */
        public String raw() {
            return String.join(",", record.values());
        }
    }

    private final String sourceName;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private long lineBefore;

    private CsvFile(String sourceName, CSVParser parser) {
        this.sourceName = sourceName;
        this.parser = parser;
        this.records = parser.iterator();
        this.lineBefore = parser.getCurrentLineNumber();
    }

    /** Opens the source in the given charset and reads its header. */
    public static CsvFile open(ImportSource source, Charset charset) throws IOException {
        InputStream in = source.open();
        try {
            Reader reader = new InputStreamReader(TextCharsets.skipBom(new BufferedInputStream(in), charset), charset);
            return new CsvFile(source.name(), CSVParser.builder().setReader(reader).setFormat(FORMAT).get());
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** The column names of the header line, as written. */
    public List<String> header() {
        return parser.getHeaderNames();
    }

    /**
     * The next record, or empty at the end of the file.
     *
     * @throws MalformedFileException when the file cannot be parsed on from here (an unclosed quote)
     */
    public Optional<Row> next() {
        try {
            // empty lines come as records (so that every record knows the line it starts on) and are passed over
            while (records.hasNext()) {
                CSVRecord record = records.next();
                long line = lineBefore + 1;
                lineBefore = parser.getCurrentLineNumber();
                if (!(record.size() == 1 && record.get(0).isEmpty())) {
                    return Optional.of(new Row(line, record));
                }
            }
            return Optional.empty();
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new MalformedFileException(sourceName, lineBefore + 1, e.getMessage(), e);
        }
    }

    /** Passes over the next records (those a checkpoint says were done); returns how many there were. */
    public long skip(long count) {
        long skipped = 0;
        while (skipped < count && next().isPresent()) {
            skipped++;
        }
        return skipped;
    }

    /** Counts the records of a source (the progress bar's 100 %), reading it once. */
    public static long count(ImportSource source, Charset charset) throws IOException {
        try (CsvFile file = open(source, charset)) {
            long records = 0;
            while (file.next().isPresent()) {
                records++;
            }
            return records;
        }
    }

    /** UTF-8 (with or without BOM) or GB18030, as {@link TextCharsets#detect} tells them apart. Reads the source once. */
    public static Charset charsetOf(ImportSource source) throws IOException {
        try (InputStream in = source.open()) {
            return TextCharsets.detect(in);
        }
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
