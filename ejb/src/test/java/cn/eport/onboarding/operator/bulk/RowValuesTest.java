package cn.eport.onboarding.operator.bulk;

import cn.eport.onboarding.operator.Gender;
import cn.eport.onboarding.operator.OperatorInput;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RowValuesTest {

    private final RowValues values = new RowValues(Set.of("201", "227"), Map.of("居民身份证", "201", "中国护照", "227"));

    @Test
    void readsTheIdTypeByCodeOrNameAndTheOtherCellsAsTyped() {
        RowValues.Read byName = values.read(row(Map.of(ImportColumn.ID_TYPE, "居民身份证", ImportColumn.ID_NUMBER, "110105199003071538",
                ImportColumn.NAME, "王小明", ImportColumn.MOBILE, "13800138000", ImportColumn.POSTCODE, "100022")));
        RowValues.Read byCode = values.read(row(Map.of(ImportColumn.ID_TYPE, "227", ImportColumn.ID_NUMBER, "E12345678")));

        assertTrue(byName.problems().isEmpty());
        OperatorInput in = byName.input();
        assertEquals("201", in.idType());
        assertEquals("110105199003071538", in.idNumber());
        assertEquals("王小明", in.name());
        assertEquals("13800138000", in.mobile());
        assertEquals("100022", in.postcode());
        assertNull(in.gender(), "left to the rules, which read it from the number");
        assertEquals("227", byCode.input().idType());
    }

    @Test
    void readsGenderAndTheUsualWaysOfWritingADate() {
        for (String date : List.of("1990-03-07", "1990/3/7", "1990.3.7", "19900307", "1990年3月7日")) {
            RowValues.Read read = values.read(row(Map.of(ImportColumn.ID_TYPE, "201", ImportColumn.GENDER, "女", ImportColumn.BIRTH_DATE, date)));
            assertTrue(read.problems().isEmpty(), date);
            assertEquals(LocalDate.of(1990, 3, 7), read.input().birthDate(), date);
            assertEquals(Gender.FEMALE, read.input().gender());
        }
    }

    @Test
    void namesWhatCannotBeRead() {
        RowValues.Read read = values.read(row(Map.of(ImportColumn.ID_TYPE, "身份证", ImportColumn.GENDER, "未知",
                ImportColumn.BIRTH_DATE, "1990-02-30")));

        assertEquals(List.of(new RowReject(7, ImportColumn.ID_TYPE, RowValues.UNKNOWN_ID_TYPE, "身份证"),
                new RowReject(7, ImportColumn.GENDER, RowValues.BAD_GENDER, "未知"),
                new RowReject(7, ImportColumn.BIRTH_DATE, RowValues.BAD_DATE, "1990-02-30")), read.problems());
        assertTrue(read.unknownIdType());
        assertNull(read.input().birthDate());
    }

    private static SheetRow row(Map<ImportColumn, String> cells) {
        return new SheetRow(7, new EnumMap<>(cells));
    }
}
