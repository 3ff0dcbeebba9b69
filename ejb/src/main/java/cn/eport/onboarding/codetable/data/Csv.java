package cn.eport.onboarding.codetable.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CSV of the reference-data files (and of the sync job's file drops): UTF-8, a header row,
 * comma-separated, fields optionally in double quotes (RFC 4180: quotes doubled inside, commas and
 * line breaks allowed). A byte-order mark and a blank last line are tolerated; a row with a different
 * number of fields than the header is an error naming the file and line.
 */
public final class Csv {

    private Csv() {
    }

    /** One data row, its values addressed by header name. */
    public record Row(String source, int line, Map<String, String> values) {

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
            if (!values.containsKey(column)) {
                throw new IllegalArgumentException(source + ": no column \"" + column + "\" (columns: " + values.keySet() + ")");
            }
            String value = values.get(column).strip();
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
        Parser parser = new Parser(reader, source);
        List<String> header = parser.nextRecord();
        if (header == null) {
            throw new IllegalArgumentException(source + ": empty file, a header row is expected");
        }
        if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
            header.set(0, header.get(0).substring(1));
        }
        List<Row> rows = new ArrayList<>();
        for (int line = parser.line; ; line = parser.line) {
            List<String> fields = parser.nextRecord();
            if (fields == null) {
                return Collections.unmodifiableList(rows);
            }
            if (fields.size() == 1 && fields.get(0).isEmpty()) {
                continue;
            }
            if (fields.size() != header.size()) {
                throw new IllegalArgumentException(source + " line " + line + ": " + fields.size()
                        + " fields, the header has " + header.size());
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                values.put(header.get(i).strip(), fields.get(i));
            }
            rows.add(new Row(source, line, Collections.unmodifiableMap(values)));
        }
    }

    private static final class Parser {
        private static final int NOTHING = -2;
        private final Reader reader;
        private final String source;
        private int pushedBack = NOTHING;
        int line = 1;

        Parser(Reader reader, String source) {
            this.reader = reader;
            this.source = source;
        }

        private int read() throws IOException {
            if (pushedBack != NOTHING) {
                int c = pushedBack;
                pushedBack = NOTHING;
                return c;
            }
            return reader.read();
        }

        /** The fields of the next record, or null at the end of the input. */
        List<String> nextRecord() throws IOException {
            int c = read();
            if (c == -1) {
                return null;
            }
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            boolean wasQuoted = false;
            while (true) {
                if (quoted) {
                    if (c == -1) {
                        throw new IllegalArgumentException(source + " line " + line + ": quoted field not closed");
                    }
                    if (c == '"') {
                        int next = read();
                        if (next == '"') {
                            field.append('"');
                        } else {
                            quoted = false;
                            pushedBack = next;
                        }
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        field.append((char) c);
                    }
                } else if (c == '"' && field.isEmpty() && !wasQuoted) {
                    quoted = true;
                    wasQuoted = true;
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                    wasQuoted = false;
                } else if (c == '\r' || c == '\n' || c == -1) {
                    if (c == '\r') {
                        int next = read();
                        if (next != '\n') {
                            pushedBack = next;
                        }
                    }
                    if (c != -1) {
                        line++;
                    }
                    fields.add(field.toString());
                    return fields;
                } else if (wasQuoted) {
                    throw new IllegalArgumentException(source + " line " + line + ": text after a closing quote");
                } else {
                    field.append((char) c);
                }
                c = read();
            }
        }
    }
}
