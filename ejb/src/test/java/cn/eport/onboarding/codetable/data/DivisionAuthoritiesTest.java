package cn.eport.onboarding.codetable.data;

import cn.eport.onboarding.codetable.CodeTable;
import cn.eport.onboarding.codetable.NewCodeEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The derivation rules, on the division files the product ships. */
class DivisionAuthoritiesTest {

    /** 31 provinces; 342 city rows less 5 municipal pseudo-cities and 4 直辖县级 groups; 2,978 areas less 4 that are their city. */
    static final int PROVINCES = 31;
    static final int CITIES = 333;
    static final int COUNTIES = 2974;

    private static Divisions divisions;
    private static Map<CodeTable, List<NewCodeEntry>> tables;

    @BeforeAll
    static void derive() throws IOException {
        divisions = Divisions.read(name -> InitialCodeData.class.getResourceAsStream("divisions/" + name));
        tables = DivisionAuthorities.derive(divisions);
    }

    private static Map<String, NewCodeEntry> byCode(CodeTable table) {
        return tables.get(table).stream().collect(Collectors.toMap(NewCodeEntry::code, Function.identity()));
    }

    private static Optional<NewCodeEntry> find(CodeTable table, String code) {
        return Optional.ofNullable(byCode(table).get(code));
    }

    @Test
    void theShippedFilesHaveTheDocumentedRows() {
        assertEquals(31, divisions.provinces().size());
        assertEquals(342, divisions.cities().size());
        assertEquals(2978, divisions.areas().size());
    }

    @Test
    void oneAuthorityPerProvinceCityAndCounty() {
        int perArea = PROVINCES + CITIES + COUNTIES;
        assertEquals(3338, perArea);
        assertEquals(perArea, tables.get(CodeTable.BUSINESS_REGISTRATION_AUTHORITY).size());
        assertEquals(perArea, tables.get(CodeTable.QUALITY_SUPERVISION_AUTHORITY).size());
        assertEquals(perArea, tables.get(CodeTable.MOFCOM_AUTHORITY).size());
        assertEquals(perArea + 1, tables.get(CodeTable.TAX_AUTHORITY).size(), "plus the State Taxation Administration");
        assertEquals(PROVINCES + CITIES, tables.get(CodeTable.FOREX_BUREAU).size(), "province and city level only");
        assertEquals(perArea, tables.get(CodeTable.ADMINISTRATIVE_DIVISION).size(), "the areas themselves (行政区划)");
        assertEquals(6, tables.size());
    }

    @Test
    void theDivisionTableNamesTheAreasThemselves() {
        assertEquals("北京市", find(CodeTable.ADMINISTRATIVE_DIVISION, "110000").orElseThrow().nameZh());
        assertEquals("北京市海淀区", find(CodeTable.ADMINISTRATIVE_DIVISION, "110108").orElseThrow().nameZh());
        assertEquals("110000", find(CodeTable.ADMINISTRATIVE_DIVISION, "110108").orElseThrow().parentCode());
    }

    @Test
    void levelsAreCountedByTheShapeOfTheirCodes() {
        Map<String, Long> shapes = tables.get(CodeTable.BUSINESS_REGISTRATION_AUTHORITY).stream().collect(Collectors.groupingBy(
                e -> e.code().endsWith("0000") ? "province" : e.code().endsWith("00") ? "city" : "county", Collectors.counting()));
        // 东莞/中山/儋州 are cities (ppcc00) whose area repeats the city code: counted once, as cities
        assertEquals(Map.of("province", (long) PROVINCES, "city", (long) CITIES, "county", (long) COUNTIES), shapes);
    }

    @Test
    void municipalitiesHaveNoCityLevelAndTheirDistrictsHangOnTheMunicipality() {
        assertEquals("北京市市场监督管理局", find(CodeTable.BUSINESS_REGISTRATION_AUTHORITY, "110000").orElseThrow().nameZh());
        for (String pseudoCity : new String[]{"110100", "120100", "310100", "500100", "500200"}) {
            assertTrue(find(CodeTable.BUSINESS_REGISTRATION_AUTHORITY, pseudoCity).isEmpty(), pseudoCity);
            assertTrue(find(CodeTable.FOREX_BUREAU, pseudoCity).isEmpty(), pseudoCity);
        }
        NewCodeEntry dongcheng = find(CodeTable.BUSINESS_REGISTRATION_AUTHORITY, "110101").orElseThrow();
        assertEquals("北京市东城区市场监督管理局", dongcheng.nameZh());
        assertEquals("110000", dongcheng.parentCode());
        assertEquals("重庆市城口县市场监督管理局", find(CodeTable.BUSINESS_REGISTRATION_AUTHORITY, "500229").orElseThrow().nameZh());
    }

    @Test
    void countyLevelCitiesDirectlyUnderTheProvinceKeepTheirOwnName() {
        NewCodeEntry xiantao = find(CodeTable.QUALITY_SUPERVISION_AUTHORITY, "429004").orElseThrow();
        assertEquals("仙桃市质量技术监督局", xiantao.nameZh());
        assertEquals("420000", xiantao.parentCode());
        assertTrue(find(CodeTable.QUALITY_SUPERVISION_AUTHORITY, "429000").isEmpty(), "省直辖县级行政区划 is no authority");
    }

    @Test
    void citiesWithoutCountiesAreListedOnce() {
        assertEquals("东莞市市场监督管理局", find(CodeTable.BUSINESS_REGISTRATION_AUTHORITY, "441900").orElseThrow().nameZh());
        assertEquals("440000", find(CodeTable.BUSINESS_REGISTRATION_AUTHORITY, "441900").orElseThrow().parentCode());
        assertTrue(find(CodeTable.BUSINESS_REGISTRATION_AUTHORITY, "620200").isPresent());
        assertTrue(find(CodeTable.BUSINESS_REGISTRATION_AUTHORITY, "620201").isEmpty(), "嘉峪关市 once, as the city");
        assertEquals(1, tables.get(CodeTable.BUSINESS_REGISTRATION_AUTHORITY).stream()
                .filter(e -> e.nameZh().equals("嘉峪关市市场监督管理局")).count());
    }

    @Test
    void countiesAreQualifiedByTheirCity() {
        NewCodeEntry lixia = find(CodeTable.BUSINESS_REGISTRATION_AUTHORITY, "370102").orElseThrow();
        assertEquals("济南市历下区市场监督管理局", lixia.nameZh());
        assertEquals("370100", lixia.parentCode());
        assertEquals("370000", find(CodeTable.BUSINESS_REGISTRATION_AUTHORITY, "370100").orElseThrow().parentCode());
        assertEquals(null, find(CodeTable.BUSINESS_REGISTRATION_AUTHORITY, "370000").orElseThrow().parentCode());
        long gulou = tables.get(CodeTable.BUSINESS_REGISTRATION_AUTHORITY).stream().filter(e -> e.nameZh().contains("鼓楼区")).count();
        long distinctNames = tables.get(CodeTable.BUSINESS_REGISTRATION_AUTHORITY).stream().filter(e -> e.nameZh().contains("鼓楼区"))
                .map(NewCodeEntry::nameZh).distinct().count();
        assertEquals(4, gulou);
        assertEquals(gulou, distinctNames, "four 鼓楼区, told apart by their cities");
    }

    @Test
    void taxAuthoritiesHaveElevenDigitCodesUnderTheStateTaxationAdministration() {
        Map<String, NewCodeEntry> tax = byCode(CodeTable.TAX_AUTHORITY);
        assertTrue(tax.keySet().stream().allMatch(code -> code.matches("\\d{11}")));
        assertEquals("国家税务总局", tax.get("00000000000").nameZh());
        assertEquals("State Taxation Administration", tax.get("00000000000").nameEn());
        assertEquals("国家税务总局山东省税务局", tax.get("13700000000").nameZh());
        assertEquals("00000000000", tax.get("13700000000").parentCode());
        assertEquals("国家税务总局烟台市税务局", tax.get("13706000000").nameZh(), "the README's city-level example");
        assertEquals("13700000000", tax.get("13706000000").parentCode());
        assertEquals("国家税务总局烟台市芝罘区税务局", tax.get("13706020000").nameZh());
        assertEquals("13706000000", tax.get("13706020000").parentCode());
        assertEquals("国家税务总局北京市东城区税务局", tax.get("11101010000").nameZh());
        assertEquals("11100000000", tax.get("11101010000").parentCode());
    }

    @Test
    void forexBureausAreBranchesInProvincesAndCentralSubBranchesInCities() {
        Map<String, NewCodeEntry> forex = byCode(CodeTable.FOREX_BUREAU);
        assertEquals("国家外汇管理局北京市分局", forex.get("110000").nameZh());
        assertEquals("国家外汇管理局山东省分局", forex.get("370000").nameZh());
        assertEquals("国家外汇管理局烟台市中心支局", forex.get("370600").nameZh());
        assertEquals("370000", forex.get("370600").parentCode());
        assertFalse(forex.containsKey("370602"), "no county-level forex bureaus");
    }

    @Test
    void commerceDepartmentsOfProvincesAndBureausElsewhere() {
        Map<String, NewCodeEntry> mofcom = byCode(CodeTable.MOFCOM_AUTHORITY);
        assertEquals("山东省商务厅", mofcom.get("370000").nameZh());
        assertEquals("广西壮族自治区商务厅", mofcom.get("450000").nameZh());
        assertEquals("北京市商务局", mofcom.get("110000").nameZh(), "a municipality has a 商务局");
        assertEquals("烟台市商务局", mofcom.get("370600").nameZh());
        assertEquals("烟台市芝罘区商务局", mofcom.get("370602").nameZh());
    }

    @Test
    void everyParentIsAnEntryOfTheSameTable() {
        tables.forEach((table, entries) -> {
            Map<String, NewCodeEntry> codes = byCode(table);
            entries.stream().filter(e -> e.parentCode() != null)
                    .forEach(e -> assertTrue(codes.containsKey(e.parentCode()), table + " " + e));
        });
    }

    @Test
    void inconsistentDivisionsAreRefused() {
        Divisions strayArea = new Divisions(List.of(new Divisions.Province("11", "北京市")),
                List.of(new Divisions.City("1101", "市辖区", "11")),
                List.of(new Divisions.Area("120101", "和平区", "1101", "11")));
        assertThrows(IllegalArgumentException.class, () -> DivisionAuthorities.derive(strayArea));
        Divisions twice = new Divisions(List.of(new Divisions.Province("11", "北京市")),
                List.of(new Divisions.City("1101", "市辖区", "11")),
                List.of(new Divisions.Area("110101", "东城区", "1101", "11"), new Divisions.Area("110101", "东城区", "1101", "11")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DivisionAuthorities.derive(twice));
        assertTrue(e.getMessage().contains("110101"), e.getMessage());
    }
}
