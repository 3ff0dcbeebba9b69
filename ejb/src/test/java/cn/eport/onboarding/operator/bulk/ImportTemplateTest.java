package cn.eport.onboarding.operator.bulk;

import cn.eport.onboarding.validation.IdType;
import cn.eport.onboarding.validation.IdNumberValidator;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImportTemplateTest {

    @Test
    void theWorkbookTemplateReadsBackAsItsExampleRow() throws Exception {
        List<SheetRow> rows = OperatorSheetReader.read(ImportTemplate.xlsx());

        assertEquals(1, rows.size());
        assertEquals(2, rows.get(0).line());
        ImportColumn[] columns = ImportColumn.values();
        for (int c = 0; c < columns.length; c++) {
            assertEquals(ImportTemplate.EXAMPLE[c], rows.get(0).get(columns[c]), columns[c].heading());
        }
    }

    @Test
    void theCsvTemplateIsUtf8WithBomAndTheChineseHeadings() throws Exception {
        byte[] csv = ImportTemplate.csv();

        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(csv, 3));
        assertTrue(new String(csv, StandardCharsets.UTF_8).startsWith("\uFEFF证件类别,证件号码,姓名,性别,出生日期,手机号码,固定电话,电子邮箱,联系地址,邮政编码\r\n"));
        assertEquals("王小明", OperatorSheetReader.read(csv).get(0).get(ImportColumn.NAME));
    }

    @Test
    void theExampleIdNumberIsValid() {
        assertTrue(new IdNumberValidator().validate(IdType.RESIDENT_ID, ImportTemplate.EXAMPLE[1]).isValid());
    }
}
