package cn.eport.onboarding.batch.source;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
    public static final Charset GB18030 = Charset.forName("GB18030");

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
            Reader reader = new InputStreamReader(skipBom(new BufferedInputStream(in), charset), charset);
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

    /**
     * UTF-8 when the whole source decodes as UTF-8 (the BOM is optional), GB18030 otherwise: a GB18030
     * file of Chinese text practically never is valid UTF-8. Reads the source once, in blocks.
     */
    public static Charset charsetOf(ImportSource source) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
        CharBuffer chars = CharBuffer.allocate(64 * 1024);
        try (InputStream in = source.open()) {
            int read;
            while ((read = in.read(bytes.array(), bytes.position(), bytes.remaining())) != -1) {
                bytes.position(bytes.position() + read);
                bytes.flip();
                if (decoder.decode(bytes, chars, false).isError()) {
                    return GB18030;
                }
                chars.clear();
                bytes.compact();
            }
            bytes.flip();
            if (decoder.decode(bytes, chars, true).isError() || decoder.flush(chars).isError() || bytes.hasRemaining()) {
                return GB18030;
            }
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return GB18030;
        }
    }

    private static InputStream skipBom(BufferedInputStream in, Charset charset) throws IOException {
        if (charset.equals(StandardCharsets.UTF_8)) {
            in.mark(3);
            byte[] head = in.readNBytes(3);
            if (!(head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF)) {
                in.reset();
            }
        }
        return in;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
