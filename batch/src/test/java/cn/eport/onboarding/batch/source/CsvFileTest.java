package cn.eport.onboarding.batch.source;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvFileTest {

    private static final String TEXT = "code,name\n0100,北京关区\n\n\"0200\",\"天津\n关区\"\n5101,广州海关\n";

    record Bytes(byte[] content) implements ImportSource {
        static Bytes of(String text, Charset charset) {
            return new Bytes(text.getBytes(charset));
        }

        @Override
        public String name() {
            return "test.csv";
        }

        @Override
        public boolean exists() {
            return true;
        }

        @Override
        public InputStream open() {
            return new ByteArrayInputStream(content);
        }
    }

    @Test
    void tellsUtf8FromGb18030() throws Exception {
        assertEquals(StandardCharsets.UTF_8, CsvFile.charsetOf(Bytes.of(TEXT, StandardCharsets.UTF_8)));
        assertEquals(CsvFile.GB18030, CsvFile.charsetOf(Bytes.of(TEXT, CsvFile.GB18030)));
        assertEquals(StandardCharsets.UTF_8, CsvFile.charsetOf(Bytes.of("code\n0100\n", StandardCharsets.UTF_8)));
    }

    @Test
    void readsRecordsWithTheLineTheyStartOn() throws Exception {
        for (Charset charset : List.of(StandardCharsets.UTF_8, CsvFile.GB18030)) {
            List<String> read = new ArrayList<>();
            try (CsvFile file = CsvFile.open(Bytes.of(TEXT, charset), charset)) {
                assertEquals(List.of("code", "name"), file.header());
                file.next().ifPresent(row -> read.add(row.line() + ":" + row.get("code") + ":" + row.get("name")));
                file.next().ifPresent(row -> read.add(row.line() + ":" + row.get("code") + ":" + row.get("name")));
                file.next().ifPresent(row -> read.add(row.line() + ":" + row.get("code") + ":" + row.get("name")));
                assertFalse(file.next().isPresent());
            }
            assertEquals(List.of("2:0100:北京关区", "4:0200:天津\n关区", "6:5101:广州海关"), read, charset.name());
        }
    }

    @Test
    void skipsABomAndCountsRecords() throws Exception {
        Bytes withBom = Bytes.of("\uFEFF" + TEXT, StandardCharsets.UTF_8);
        assertEquals(StandardCharsets.UTF_8, CsvFile.charsetOf(withBom));
        try (CsvFile file = CsvFile.open(withBom, StandardCharsets.UTF_8)) {
            assertEquals("code", file.header().get(0));
            assertEquals(2, file.skip(2));
            assertEquals("5101", file.next().orElseThrow().get("code"));
        }
        assertEquals(3, CsvFile.count(withBom, StandardCharsets.UTF_8));
    }

    @Test
    void aShortRecordIsIncompleteAndItsMissingColumnNull() throws Exception {
        try (CsvFile file = CsvFile.open(Bytes.of("code,name\n0100\n", StandardCharsets.UTF_8), StandardCharsets.UTF_8)) {
            CsvFile.Row row = file.next().orElseThrow();
            assertFalse(row.complete());
            assertNull(row.get("name"));
            assertNull(row.get("no-such-column"));
        }
        try (CsvFile file = CsvFile.open(Bytes.of("code,name\n0100,x\n", StandardCharsets.UTF_8), StandardCharsets.UTF_8)) {
            assertTrue(file.next().orElseThrow().complete());
        }
    }

    @Test
    void anUnclosedQuoteFailsWithTheLine() throws Exception {
        try (CsvFile file = CsvFile.open(Bytes.of("code,name\n0100,a\n0200,\"b\n", StandardCharsets.UTF_8),
                StandardCharsets.UTF_8)) {
            file.next();
            MalformedFileException e = assertThrows(MalformedFileException.class, file::next);
            assertEquals(3, e.line());
        }
    }
}
