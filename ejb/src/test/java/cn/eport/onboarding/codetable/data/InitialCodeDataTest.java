package cn.eport.onboarding.codetable.data;

import cn.eport.onboarding.codetable.CodeTable;
import cn.eport.onboarding.codetable.NewCodeEntry;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InitialCodeDataTest {

    /** What the first start of an empty database loads, table by table (README, ADR 0008). */
    static final Map<CodeTable, Integer> EXPECTED = new EnumMap<>(Map.ofEntries(
            Map.entry(CodeTable.CUSTOMS_DISTRICT, 71),
            Map.entry(CodeTable.BUSINESS_REGISTRATION_AUTHORITY, 3338),
            Map.entry(CodeTable.TAX_AUTHORITY, 3339),
            Map.entry(CodeTable.QUALITY_SUPERVISION_AUTHORITY, 3338),
            Map.entry(CodeTable.FOREX_BUREAU, 364),
            Map.entry(CodeTable.MOFCOM_AUTHORITY, 3338),
            Map.entry(CodeTable.ENTERPRISE_TYPE, 9),
            Map.entry(CodeTable.LEGAL_PERSON_TYPE, 3),
            Map.entry(CodeTable.ENTERPRISE_STATUS, 7),
            Map.entry(CodeTable.CAPITAL_UNIT, 2),
            Map.entry(CodeTable.DOCUMENT_TYPE, 5),
            Map.entry(CodeTable.ID_TYPE, 8),
            Map.entry(CodeTable.ADMINISTRATIVE_DIVISION, 3338),
            Map.entry(CodeTable.ECONOMIC_ZONE, 8),
            Map.entry(CodeTable.INDUSTRY, 20),
            Map.entry(CodeTable.CUSTOMS_BUSINESS_CATEGORY, 4)));

    private final InitialCodeData data = InitialCodeData.fromClasspath();

    @Test
    void everyTableHasItsDocumentedNumberOfEntries() {
        Map<CodeTable, Integer> actual = new EnumMap<>(CodeTable.class);
        for (CodeTable table : CodeTable.values()) {
            actual.put(table, data.entries(table).size());
        }
        assertEquals(EXPECTED, actual);
        assertEquals(17_192, data.size());
    }

    @Test
    void customsDistrictsCarryTheirCardIssuer() {
        NewCodeEntry tianjin = data.entries(CodeTable.CUSTOMS_DISTRICT).stream().filter(e -> e.code().equals("0201")).findFirst().orElseThrow();
        assertEquals(new NewCodeEntry(CodeTable.CUSTOMS_DISTRICT, "0201", "天津海关", null, "0200", "0200", "天津数据分中心"), tianjin);
        assertEquals(42, data.entries(CodeTable.CUSTOMS_DISTRICT).stream().filter(e -> e.parentCode() == null).count(),
                "the 42 directly subordinate customs");
        assertTrue(data.entries(CodeTable.CUSTOMS_DISTRICT).stream().allMatch(e -> e.code().matches("\\d{4}")));
    }

    @Test
    void theSmallListsComeWithEnglishNames() {
        NewCodeEntry other = data.entries(CodeTable.ENTERPRISE_TYPE).stream().filter(e -> e.code().equals("9")).findFirst().orElseThrow();
        assertEquals("其他企业", other.nameZh());
        assertEquals("Other (specify)", other.nameEn());
        assertEquals("Licence revoked, not deregistered", data.entries(CodeTable.ENTERPRISE_STATUS).get(1).nameEn());
        assertEquals("WAN_YUAN", data.entries(CodeTable.CAPITAL_UNIT).get(1).code());
    }

    @Test
    void aCustomsLineWhoseKindContradictsItsParentIsRefused() {
        String csv = "code,name,parent_code,province,kind,card_issuer_code,card_issuer_name\n"
                + "0201,天津海关,,天津,SUBORDINATE,0200,天津数据分中心\n";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> InitialCodeData.customsDistricts(
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))));
        assertTrue(e.getMessage().startsWith("customs-districts.csv line 2:"), e.getMessage());
    }

    @Test
    void anUnknownListIsRefused() {
        String csv = "list,code,name_zh,name_en\nCOLOUR,1,红,red\n";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> InitialCodeData.codeLists(
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))));
        assertEquals("code-lists.csv line 2: unknown list COLOUR", e.getMessage());
    }
}
