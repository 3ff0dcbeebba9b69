package cn.eport.onboarding.codetable;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class NewCodeEntryTest {

    @Test
    void codesAreUpperCaseAsciiOfAtMost32Characters() {
        assertDoesNotThrow(() -> NewCodeEntry.of(CodeTable.CAPITAL_UNIT, "WAN_YUAN", "万元"));
        assertDoesNotThrow(() -> NewCodeEntry.of(CodeTable.TAX_AUTHORITY, "00000000000", "国家税务总局"));
        assertDoesNotThrow(() -> NewCodeEntry.of(CodeTable.ID_TYPE, "9".repeat(32), "x"));
        for (String bad : new String[]{"", " 0100", "0100 ", "wan_yuan", "_A", "海关", "9".repeat(33), "01%", null}) {
            assertThrows(IllegalArgumentException.class, () -> NewCodeEntry.of(CodeTable.ID_TYPE, bad, "名称"), bad);
        }
    }

    @Test
    void problemsNameTheEntry() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NewCodeEntry.of(CodeTable.CUSTOMS_DISTRICT, "0100", " "));
        assertEquals("Chinese name missing (CUSTOMS_DISTRICT 0100  )", e.getMessage());
    }

    @Test
    void onlyCustomsDistrictsHaveACardIssuerAndThenCodeAndName() {
        assertDoesNotThrow(() -> new NewCodeEntry(CodeTable.CUSTOMS_DISTRICT, "0201", "天津海关", null, "0200", "0200", "天津数据分中心"));
        assertThrows(IllegalArgumentException.class,
                () -> new NewCodeEntry(CodeTable.FOREX_BUREAU, "110000", "x", null, null, "0100", "北京数据分中心"));
        assertThrows(IllegalArgumentException.class,
                () -> new NewCodeEntry(CodeTable.CUSTOMS_DISTRICT, "0201", "天津海关", null, "0200", "0200", null));
    }

    @Test
    void parentsAreCodesOtherThanTheEntrysOwn() {
        assertThrows(IllegalArgumentException.class,
                () -> new NewCodeEntry(CodeTable.MOFCOM_AUTHORITY, "110000", "北京市商务局", null, "110000", null, null));
        assertThrows(IllegalArgumentException.class,
                () -> new NewCodeEntry(CodeTable.MOFCOM_AUTHORITY, "110101", "x", null, "11 0000", null, null));
    }
}
