package cn.eport.onboarding.operator.bulk;

import cn.eport.onboarding.textfile.TextCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * A CSV import file (Apache Commons CSV): UTF-8 with or without BOM, or GB18030 ({@link TextCharsets}).
 * Quoted cells may span lines; every record knows the line it starts on.
 */
final class CsvLines implements CellLines {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setTrim(true).setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(false).get();

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private long linesRead;

    private CsvLines(CSVParser parser) {
        this.parser = parser;
        this.records = parser.iterator();
    }

    static CsvLines open(byte[] content) throws IOException {
        Charset charset = TextCharsets.detect(new ByteArrayInputStream(content));
        var in = TextCharsets.skipBom(new BufferedInputStream(new ByteArrayInputStream(content)), charset);
        return new CsvLines(CSVParser.builder().setReader(new InputStreamReader(in, charset)).setFormat(FORMAT).get());
    }

    @Override
    public Optional<CellLine> next() throws SheetRefusedException {
        try {
            if (!records.hasNext()) {
                return Optional.empty();
            }
            CSVRecord record = records.next();
            long line = linesRead + 1;
            linesRead = parser.getCurrentLineNumber();
            return Optional.of(new CellLine(line, record.toList()));
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new SheetRefusedException(SheetRefusedException.Reason.MALFORMED_CSV, List.of(String.valueOf(linesRead + 1)));
        }
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
