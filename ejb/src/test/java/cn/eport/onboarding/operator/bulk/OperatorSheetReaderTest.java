package cn.eport.onboarding.operator.bulk;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static cn.eport.onboarding.operator.bulk.ImportFiles.HEADER;
import static cn.eport.onboarding.operator.bulk.ImportFiles.csv;
import static cn.eport.onboarding.operator.bulk.ImportFiles.xlsx;
import static cn.eport.onboarding.operator.bulk.SheetRefusedException.Reason;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class OperatorSheetReaderTest {

    private static final String ROW = "居民身份证,110105199003071538,王小明,男,1990-03-07,13800138000,,wangxm@example.com,,";

    @Test
    void readsUtf8CsvRowsWithTheirLineNumbers() throws Exception {
        List<SheetRow> rows = OperatorSheetReader.read(csv(HEADER + "\n" + ROW + "\n\n 居民身份证 , 110105199003071500 ,李四,,,,\n"));

        assertEquals(2, rows.size());
        assertEquals(2, rows.get(0).line());
        assertEquals("王小明", rows.get(0).get(ImportColumn.NAME));
        assertEquals("wangxm@example.com", rows.get(0).get(ImportColumn.EMAIL));
        assertEquals(4, rows.get(1).line(), "the blank line 3 is passed over but counted");
        assertEquals("110105199003071500", rows.get(1).get(ImportColumn.ID_NUMBER), "cells are trimmed");
        assertNull(rows.get(1).get(ImportColumn.GENDER), "an empty cell is absent");
    }

    @Test
    void readsUtf8WithByteOrderMarkAndGb18030Alike() throws Exception {
        String text = HEADER + "\r\n" + ROW + "\r\n";
        List<SheetRow> bom = OperatorSheetReader.read(csv("\uFEFF" + text));
        List<SheetRow> gb = OperatorSheetReader.read(csv(text, java.nio.charset.Charset.forName("GB18030")));

        assertEquals("王小明", bom.get(0).get(ImportColumn.NAME));
        assertEquals("居民身份证", bom.get(0).get(ImportColumn.ID_TYPE), "the BOM is not part of the first heading");
        assertEquals("王小明", gb.get(0).get(ImportColumn.NAME));
        assertEquals("居民身份证", gb.get(0).get(ImportColumn.ID_TYPE));
    }

    @Test
    void takesTheColumnsInAnyOrderAndOnlyTheRequiredOnes() throws Exception {
        List<SheetRow> rows = OperatorSheetReader.read(csv("姓名,证件号码,证件类别\n王小明,110105199003071538,居民身份证\n"));

        assertEquals("王小明", rows.get(0).get(ImportColumn.NAME));
        assertEquals("居民身份证", rows.get(0).get(ImportColumn.ID_TYPE));
        assertNull(rows.get(0).get(ImportColumn.MOBILE));
    }

    @Test
    void aQuotedCellOverTwoLinesKeepsTheNextRowsLineRight() throws Exception {
        List<SheetRow> rows = OperatorSheetReader.read(csv(HEADER + "\n居民身份证,1,\"王\n小明\",,,,\n" + ROW + "\n"));

        assertEquals(2, rows.get(0).line());
        assertEquals("王\n小明", rows.get(0).get(ImportColumn.NAME));
        assertEquals(4, rows.get(1).line());
    }

    @Test
    void namesUnknownMissingAndDuplicateHeadings() {
        SheetRefusedException unknown = refusal(csv("证件类型,证件号码,姓名,职位\n" + ROW));
        assertEquals(Reason.UNKNOWN_HEADINGS, unknown.reason());
        assertEquals(List.of("证件类型", "职位"), unknown.names());

        SheetRefusedException missing = refusal(csv("姓名,手机号码\n1,2\n"));
        assertEquals(Reason.MISSING_HEADINGS, missing.reason());
        assertEquals(List.of("证件类别", "证件号码"), missing.names());

        SheetRefusedException duplicate = refusal(csv("证件类别,证件号码,姓名,姓名\n1,2,3,4\n"));
        assertEquals(Reason.DUPLICATE_HEADINGS, duplicate.reason());
        assertEquals(List.of("姓名"), duplicate.names());
    }

    @Test
    void refusesEmptyFilesAndFilesWithoutRows() {
        assertEquals(Reason.EMPTY, refusal(new byte[0]).reason());
        assertEquals(Reason.EMPTY, refusal(csv("\n\n")).reason());
        assertEquals(Reason.NO_ROWS, refusal(csv(HEADER + "\n,,,,,,\n")).reason());
        assertEquals(Reason.NO_ROWS, refusal(xlsx(List.of(headings()))).reason());
    }

    @Test
    void refusesMoreRowsThanTheLimitWithoutReadingThemAll() {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < 10_000; i++) {
            text.append(ROW).append('\n');
        }
        SheetRefusedException refused = refusal(csv(text.toString()));

        assertEquals(Reason.TOO_MANY_ROWS, refused.reason());
        assertEquals(List.of("5000"), refused.names());
    }

    @Test
    void takesExactlyTheLimit() throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(headings());
        for (int i = 0; i < OperatorSheetReader.MAX_ROWS; i++) {
            rows.add(List.of("居民身份证", "1" + i, "名" + i));
        }
        assertEquals(OperatorSheetReader.MAX_ROWS, OperatorSheetReader.read(xlsx(rows)).size());
        rows.add(List.of("居民身份证", "x", "y"));
        assertEquals(Reason.TOO_MANY_ROWS, refusal(xlsx(rows)).reason());
    }

    @Test
    void refusesFilesOfTheAttachmentSizeLimit() {
        byte[] big = new byte[(int) OperatorSheetReader.SIZE_LIMIT];
        Arrays.fill(big, (byte) 'a');
        assertEquals(Reason.TOO_LARGE, refusal(big).reason());
    }

    @Test
    void refusesWhatIsNoSpreadsheet() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertEquals(Reason.NOT_A_SPREADSHEET, refusal(png).reason());
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertEquals(Reason.OLD_EXCEL_FORMAT, refusal(xls).reason());
        byte[] brokenZip = Arrays.copyOf(xlsx(List.of(headings(), List.of("a", "b", "c"))), 300);
        assertEquals(Reason.UNREADABLE, refusal(brokenZip).reason());
    }

    @Test
    void refusesAZipThatIsNoWorkbook() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals(Reason.UNREADABLE, refusal(out.toByteArray()).reason());
    }

    @Test
    void refusesAWorkbookThatUnpacksPastTheLimit() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i <= SheetFormat.UNPACKED_LIMIT / zeros.length; i++) {
                zip.write(zeros);
            }
        }
        assertEquals(Reason.UNREADABLE, refusal(out.toByteArray()).reason());
    }

    @Test
    void refusesACsvWithAnUnclosedQuoteNamingItsLine() {
        SheetRefusedException refused = refusal(csv(HEADER + "\n" + ROW + "\n居民身份证,\"1,王\n"));
        assertEquals(Reason.MALFORMED_CSV, refused.reason());
        assertEquals(List.of("3"), refused.names());
    }

    @Test
    void readsTheFirstSheetOfAWorkbookAsTheUserSeesIt() throws Exception {
        List<SheetRow> rows = OperatorSheetReader.read(xlsx(List.of(
                headings(),
                List.of(),
                List.of("居民身份证", "110105199003071538", "王小明", "男", LocalDate.of(1990, 3, 7), 13800138000L, "", "a@b.cn"))));

        assertEquals(1, rows.size());
        SheetRow row = rows.get(0);
        assertEquals(3, row.line(), "Excel's row number");
        assertEquals("1990-03-07", row.get(ImportColumn.BIRTH_DATE), "a date cell reads as yyyy-MM-dd");
        assertEquals("13800138000", row.get(ImportColumn.MOBILE), "a number cell reads as its digits");
        assertEquals("王小明", row.get(ImportColumn.NAME));
    }

    private static List<Object> headings() {
        return Arrays.stream(ImportColumn.values()).map(c -> (Object) c.heading()).toList();
    }

    private static SheetRefusedException refusal(byte[] content) {
        return assertThrows(SheetRefusedException.class, () -> OperatorSheetReader.read(content));
    }
}
