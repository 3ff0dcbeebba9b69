package cn.eport.onboarding.batch.codetable;

import cn.eport.onboarding.batch.source.ImportSource;
import cn.eport.onboarding.batch.source.MalformedFileException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecordFileTest {

    private static ImportSource source(String text, Charset charset) {
        byte[] bytes = text.getBytes(charset);
        return new ImportSource() {
            @Override
            public String name() {
                return "test-file";
            }

            @Override
            public boolean exists() {
                return true;
            }

            @Override
            public InputStream open() {
                return new ByteArrayInputStream(bytes);
            }
        };
    }

    private static final String XML = """
            <?xml version="1.0" encoding="GB18030"?>
            <records>
              <record>
                <code>0100</code>
                <name> 北京关区 </name>
                <parent_code/>
              </record>
              <record><code>0200</code><name>天津关区</name></record>
            </records>
            """;

    @Test
    void xmlRecordsStreamWithTheirLinesInTheDeclaredEncoding() throws Exception {
        ImportSource source = source(XML, Charset.forName("GB18030"));
        assertTrue(RecordFile.isXml(source));
        try (RecordFile file = RecordFile.open(source)) {
            assertNull(file.header());
            SourceRecord first = file.next().orElseThrow();
            assertEquals(3, first.line());
            assertEquals(Map.of("code", "0100", "name", "北京关区"), first.fields());
            SourceRecord second = file.next().orElseThrow();
            assertEquals(8, second.line());
            assertEquals("天津关区", second.get("name"));
            assertFalse(file.next().isPresent());
        }
        assertEquals(2, RecordFile.count(source));
    }

    @Test
    void xmlRestartSkipsTheRecordsDone() throws Exception {
        try (RecordFile file = RecordFile.open(source(XML, Charset.forName("GB18030")))) {
            assertEquals(1, file.skip(1));
            assertEquals("0200", file.next().orElseThrow().get("code"));
        }
    }

    @Test
    void brokenXmlFailsWithItsLine() throws Exception {
        ImportSource broken = source("<records>\n<record><code>0100</code>\n<name>北京</record>\n</records>\n", StandardCharsets.UTF_8);
        try (RecordFile file = RecordFile.open(broken)) {
            MalformedFileException e = assertThrows(MalformedFileException.class, file::next);
            assertEquals(3, e.line());
        }
    }

    @Test
    void xmlWithADoctypeIsRefused() throws Exception {
        ImportSource entity = source("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<records><record><code>&x;</code></record></records>", StandardCharsets.UTF_8);
        try (RecordFile file = RecordFile.open(entity)) {
            assertThrows(MalformedFileException.class, file::next);
        }
    }

    @Test
    void csvRowsKnowTheirShape() throws Exception {
        ImportSource csv = source("\uFEFFcode,name\n0100,北京关区\n0200\n", StandardCharsets.UTF_8);
        assertFalse(RecordFile.isXml(csv));
        try (RecordFile file = RecordFile.open(csv)) {
            assertEquals(List.of("code", "name"), file.header());
            SourceRecord first = file.next().orElseThrow();
            assertNull(first.shapeProblem());
            assertEquals(2, first.line());
            SourceRecord second = file.next().orElseThrow();
            assertTrue(second.shapeProblem().contains("1 个字段"), second.shapeProblem());
        }
    }
}
