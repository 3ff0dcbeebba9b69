package cn.eport.onboarding.codetable;

import cn.eport.onboarding.validation.RowOutcome;
import cn.eport.onboarding.validation.RowProblem;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CodeRowLayoutTest {

    private static Map<String, String> district(String code, String parent, String kind) {
        Map<String, String> row = new HashMap<>(Map.of("code", code, "name", "北京关区", "kind", kind,
                "card_issuer_code", "0100", "card_issuer_name", "北京数据分中心"));
        if (parent != null) {
            row.put("parent_code", parent);
        }
        return row;
    }

    @Test
    void customsDistrictsNeedFourDigitsAndAParentExactlyWhenSubordinate() {
        RowOutcome<NewCodeEntry> good = CodeRowLayout.CUSTOMS_DISTRICTS.check(CodeTable.CUSTOMS_DISTRICT, district("0101", "0100", "SUBORDINATE")::get);
        assertTrue(good.accepted());
        assertEquals(new NewCodeEntry(CodeTable.CUSTOMS_DISTRICT, "0101", "北京关区", null, "0100", "0100", "北京数据分中心"), good.value());

        assertEquals("parent_code", only(CodeRowLayout.CUSTOMS_DISTRICTS.check(null, district("0100", "0200", "DIRECT")::get)).field());
        assertEquals("parent_code", only(CodeRowLayout.CUSTOMS_DISTRICTS.check(null, district("0101", null, "SUBORDINATE")::get)).field());
        assertEquals("code", only(CodeRowLayout.CUSTOMS_DISTRICTS.check(null, district("01A0", null, "DIRECT")::get)).field());
        assertTrue(only(CodeRowLayout.CUSTOMS_DISTRICTS.check(null, district("0100", "0100", "SUBORDINATE")::get)).reason().contains("自身"));
    }

    @Test
    void codeListsNameASmallList() {
        RowOutcome<NewCodeEntry> good = CodeRowLayout.CODE_LISTS.check(null,
                Map.of("list", "ID_TYPE", "code", "101", "name_zh", "居民身份证")::get);
        assertEquals(CodeTable.ID_TYPE, good.value().table());
        RowProblem wrongList = only(CodeRowLayout.CODE_LISTS.check(null,
                Map.of("list", "CUSTOMS_DISTRICT", "code", "0100", "name_zh", "北京关区")::get));
        assertEquals("list", wrongList.field());
        assertTrue(wrongList.reason().contains("ID_TYPE"), wrongList.reason());
        assertFalse(CodeRowLayout.SMALL_LISTS.contains(CodeTable.TAX_AUTHORITY));
    }

    @Test
    void plainTablesReportEveryProblemOfARow() {
        RowOutcome<NewCodeEntry> bad = CodeRowLayout.PLAIN.check(CodeTable.TAX_AUTHORITY,
                Map.of("code", "a b", "parent_code", "x y")::get);
        assertFalse(bad.accepted());
        assertEquals(3, bad.problems().size(), bad.problems().toString());
        RowOutcome<NewCodeEntry> good = CodeRowLayout.PLAIN.check(CodeTable.TAX_AUTHORITY,
                Map.of("code", "11101010000", "name_zh", "国家税务总局北京市东城区税务局", "parent_code", "11100000000")::get);
        assertEquals("11100000000", good.value().parentCode());
        assertEquals(CodeTable.TAX_AUTHORITY, good.value().table());
    }

    private static RowProblem only(RowOutcome<NewCodeEntry> outcome) {
        assertEquals(1, outcome.problems().size(), outcome.problems().toString());
        return outcome.problems().get(0);
    }
}
