package cn.eport.onboarding.codetable.data;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The shipped reference-data files: UTF-8 CSV with a header row, read with Apache Commons CSV (quoting
 * per RFC 4180; a byte-order mark and blank lines tolerated; every row as many fields as the header).
 * These files are the product's own, so a bad row is an error naming file and line, not a reject: the
 * files operators drop are read by the sync job with its own reader and row rules.
 */
public final class ReferenceCsv {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(false).get();

    private ReferenceCsv() {
    }

    /** One data row, its values addressed by header name. */
    public record Row(String source, long line, CSVRecord record) {

        /** The value of a column that must not be empty. */
        public String get(String column) {
            String value = optional(column);
            if (value == null) {
                throw new IllegalArgumentException(source + " line " + line + ": column \"" + column + "\" is empty");
            }
            return value;
        }

        /** The value of a column, null when empty. */
        public String optional(String column) {
            if (!record.isMapped(column)) {
                throw new IllegalArgumentException(source + ": no column \"" + column + "\"");
            }
            String value = record.get(column).strip();
            return value.isEmpty() ? null : value;
        }
    }

    public static List<Row> read(InputStream in, String source) throws IOException {
        if (in == null) {
            throw new IOException("missing data file " + source);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return parse(reader, source);
        }
    }

    static List<Row> parse(Reader reader, String source) throws IOException {
        try (CSVParser parser = CSVParser.builder().setReader(withoutBom(reader)).setFormat(FORMAT).get()) {
            int columns = parser.getHeaderNames().size();
            if (columns == 0) {
                throw new IllegalArgumentException(source + ": empty file, a header row is expected");
            }
            List<Row> rows = new ArrayList<>();
            long lineBefore = parser.getCurrentLineNumber();
            for (CSVRecord record : parser) {
                long line = lineBefore + 1;
                lineBefore = parser.getCurrentLineNumber();
                if (record.size() == 1 && record.get(0).isEmpty()) {
                    continue;
                }
                if (record.size() != columns) {
                    throw new IllegalArgumentException(source + " line " + line + ": " + record.size()
                            + " fields, the header has " + columns);
                }
                rows.add(new Row(source, line, record));
            }
            return Collections.unmodifiableList(rows);
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new IllegalArgumentException(source + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static Reader withoutBom(Reader reader) throws IOException {
        PushbackReader pushback = new PushbackReader(reader, 1);
        int first = pushback.read();
        if (first != -1 && first != '\uFEFF') {
            pushback.unread(first);
        }
        return pushback;
    }
}
