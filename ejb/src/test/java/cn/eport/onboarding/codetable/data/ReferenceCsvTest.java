package cn.eport.onboarding.codetable.data;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReferenceCsvTest {

    private static List<ReferenceCsv.Row> parse(String text) throws IOException {
        return ReferenceCsv.read(new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "test.csv");
    }

    @Test
    void readsQuotedAndPlainFieldsByHeaderName() throws IOException {
        List<ReferenceCsv.Row> rows = parse("code,name,provinceCode\n1101,\"市辖区\",11\n1301,石家庄市,13\n");
        assertEquals(2, rows.size());
        assertEquals(List.of("1101", "市辖区", "11"), List.of(rows.get(0).get("code"), rows.get(0).get("name"), rows.get(0).get("provinceCode")));
        assertEquals("石家庄市", rows.get(1).get("name"));
        assertEquals(3, rows.get(1).line());
    }

    @Test
    void quotedFieldsMayHoldCommasQuotesAndLineBreaks() throws IOException {
        List<ReferenceCsv.Row> rows = parse("list,code,name_en\r\nENTERPRISE_STATUS,2,\"Licence revoked, not deregistered\"\r\n"
                + "X,1,\"say \"\"hi\"\"\nnext line\"\r\nY,2,last");
        assertEquals("Licence revoked, not deregistered", rows.get(0).get("name_en"));
        assertEquals("say \"hi\"\nnext line", rows.get(1).get("name_en"));
        assertEquals("last", rows.get(2).get("name_en"));
        assertEquals(5, rows.get(2).line(), "lines are counted across quoted line breaks");
    }

    @Test
    void emptyValuesAreNullWhenOptionalAndAnErrorWhenRequired() throws IOException {
        ReferenceCsv.Row row = parse("\uFEFFcode,parent_code\n0100,\n").get(0);
        assertEquals("0100", row.get("code"), "a byte-order mark before the header is ignored");
        assertNull(row.optional("parent_code"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> row.get("parent_code"));
        assertEquals("test.csv line 2: column \"parent_code\" is empty", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> row.optional("no_such_column"));
    }

    @Test
    void badRowsAreReportedWithFileAndLine() {
        IllegalArgumentException fields = assertThrows(IllegalArgumentException.class, () -> parse("a,b\n1,2\n3\n"));
        assertEquals("test.csv line 3: 1 fields, the header has 2", fields.getMessage());
        IllegalArgumentException open = assertThrows(IllegalArgumentException.class, () -> parse("a,b\n1,\"2\n"));
        assertTrue(open.getMessage().startsWith("test.csv: cannot be read"), open.getMessage());
        assertThrows(IllegalArgumentException.class, () -> parse("a,b\n1,\"2\"x\n"));
        assertThrows(IllegalArgumentException.class, () -> parse(""));
    }

    @Test
    void blankLinesAreSkipped() throws IOException {
        assertEquals(2, parse("a\n1\n\n2\n\n").size());
    }
}
