package cn.eport.onboarding.codetable.data;

import cn.eport.onboarding.codetable.CodeTable;
import cn.eport.onboarding.codetable.NewCodeEntry;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Derives the authority code tables from the administrative divisions, by the public conventions
 * of the reference data (its README). An authority exists for every real administrative area:
 * <ul>
 * <li><b>province level</b>: the 31 provinces, autonomous regions and municipalities (code {@code pp0000});
 * <li><b>city level</b>: every prefecture-level city, prefecture, league and autonomous prefecture
 *     ({@code ppcc00}); <i>not</i> the rows that only group areas: 市辖区 and 县 of the four municipalities
 *     and 省直辖县级行政区划 / 自治区直辖县级行政区划 (their areas belong to the province directly);
 * <li><b>county level</b>: every district, county and county-level city ({@code ppccaa}); <i>not</i> an
 *     area that is its city itself (东莞市 441900, 中山市 442000, 儋州市 460400, 嘉峪关市 620201: cities
 *     without counties, listed once more as their own only area).
 * </ul>
 * Names qualify a county with its city (or municipality), since many counties share a name
 * (鼓楼区 four times): 北京市东城区, 济南市历下区; a county-level city directly under its province keeps
 * its own name (仙桃市).
 * <ul>
 * <li>工商 {@link CodeTable#BUSINESS_REGISTRATION_AUTHORITY}: 6-digit code, area + 市场监督管理局;
 * <li>技监 {@link CodeTable#QUALITY_SUPERVISION_AUTHORITY}: 6-digit code, area + 质量技术监督局;
 * <li>商务 {@link CodeTable#MOFCOM_AUTHORITY}: 6-digit code, area + 商务局; a province or autonomous region
 *     + 商务厅 (the municipalities have a 商务局: 北京市商务局);
 * <li>税务 {@link CodeTable#TAX_AUTHORITY}: {@code 1} + 6-digit code + {@code 0000}, 国家税务总局 + area + 税务局,
 *     under {@code 00000000000} 国家税务总局 itself;
 * <li>外汇 {@link CodeTable#FOREX_BUREAU}: province and city level only, 6-digit code,
 *     国家外汇管理局 + province + 分局, 国家外汇管理局 + city + 中心支局;
 * <li>行政区划 {@link CodeTable#ADMINISTRATIVE_DIVISION}: the areas themselves, 6-digit code, the qualified name
 *     (the customs filing's 行政区划, whose first four digits begin its 海关注册编码).
 * </ul>
 * Parents: a county's parent is its city (or its province when it has no real city), a city's its
 * province, in the same table's codes.
 */
public final class DivisionAuthorities {

    public static final String STATE_TAXATION_ADMINISTRATION = "00000000000";

    enum Level { PROVINCE, CITY, COUNTY }

    /** A real administrative area: 6-digit code, qualified name, parent area (null for a province). */
    record Place(Level level, String code, String name, String parentCode, boolean municipality) {
    }

    private DivisionAuthorities() {
    }

    /** Every authority table derived from the divisions, entries in code order of the divisions. */
    public static Map<CodeTable, List<NewCodeEntry>> derive(Divisions divisions) {
        List<Place> places = places(divisions);
        Map<CodeTable, List<NewCodeEntry>> tables = new EnumMap<>(CodeTable.class);
        tables.put(CodeTable.BUSINESS_REGISTRATION_AUTHORITY, places.stream()
                .map(p -> entry(CodeTable.BUSINESS_REGISTRATION_AUTHORITY, p.code(), p.name() + "市场监督管理局", p.parentCode()))
                .toList());
        tables.put(CodeTable.QUALITY_SUPERVISION_AUTHORITY, places.stream()
                .map(p -> entry(CodeTable.QUALITY_SUPERVISION_AUTHORITY, p.code(), p.name() + "质量技术监督局", p.parentCode()))
                .toList());
        tables.put(CodeTable.MOFCOM_AUTHORITY, places.stream()
                .map(p -> entry(CodeTable.MOFCOM_AUTHORITY, p.code(),
                        p.name() + (p.level() == Level.PROVINCE && !p.municipality() ? "商务厅" : "商务局"), p.parentCode()))
                .toList());
        List<NewCodeEntry> tax = new ArrayList<>();
        tax.add(new NewCodeEntry(CodeTable.TAX_AUTHORITY, STATE_TAXATION_ADMINISTRATION, "国家税务总局",
                "State Taxation Administration", null, null, null));
        places.forEach(p -> tax.add(entry(CodeTable.TAX_AUTHORITY, taxCode(p.code()), "国家税务总局" + p.name() + "税务局",
                p.parentCode() == null ? STATE_TAXATION_ADMINISTRATION : taxCode(p.parentCode()))));
        tables.put(CodeTable.TAX_AUTHORITY, List.copyOf(tax));
        tables.put(CodeTable.FOREX_BUREAU, places.stream().filter(p -> p.level() != Level.COUNTY)
                .map(p -> entry(CodeTable.FOREX_BUREAU, p.code(),
                        "国家外汇管理局" + p.name() + (p.level() == Level.PROVINCE ? "分局" : "中心支局"), p.parentCode()))
                .toList());
        tables.put(CodeTable.ADMINISTRATIVE_DIVISION, places.stream()
                .map(p -> entry(CodeTable.ADMINISTRATIVE_DIVISION, p.code(), p.name(), p.parentCode()))
                .toList());
        tables.values().forEach(DivisionAuthorities::requireUniqueCodes);
        return tables;
    }

    /** The 11-digit tax-authority code of a 6-digit division code: 1 + pp + cc + aa + 0000. */
    static String taxCode(String divisionCode) {
        return "1" + divisionCode + "0000";
    }

    static List<Place> places(Divisions divisions) {
        Map<String, Divisions.Province> provinces = divisions.provinces().stream()
                .collect(Collectors.toMap(Divisions.Province::code, Function.identity()));
        Map<String, Divisions.City> cities = divisions.cities().stream()
                .collect(Collectors.toMap(Divisions.City::code, Function.identity()));
        List<Place> places = new ArrayList<>();
        for (Divisions.Province province : divisions.provinces()) {
            places.add(new Place(Level.PROVINCE, province.code() + "0000", province.name(), null, isMunicipality(province)));
        }
        for (Divisions.City city : divisions.cities()) {
            Divisions.Province province = known(provinces, city.provinceCode(), "province of city " + city);
            if (isRealCity(city)) {
                places.add(new Place(Level.CITY, city.code() + "00", city.name(), province.code() + "0000", false));
            }
        }
        for (Divisions.Area area : divisions.areas()) {
            Divisions.City city = known(cities, area.cityCode(), "city of area " + area);
            Divisions.Province province = known(provinces, area.provinceCode(), "province of area " + area);
            if (!area.code().startsWith(city.code()) || !city.provinceCode().equals(province.code())) {
                throw new IllegalArgumentException("area " + area + " does not lie in its city and province");
            }
            if (isRealCity(city)) {
                if (!area.name().equals(city.name())) {
                    places.add(new Place(Level.COUNTY, area.code(), city.name() + area.name(), city.code() + "00", false));
                }
            } else {
                String qualifier = isMunicipality(province) ? province.name() : "";
                places.add(new Place(Level.COUNTY, area.code(), qualifier + area.name(), province.code() + "0000", false));
            }
        }
        return places;
    }

    /** 北京市, 天津市, 上海市, 重庆市: province level, and a city. */
    static boolean isMunicipality(Divisions.Province province) {
        return province.name().endsWith("市");
    }

    /** False for the rows that only group areas: 市辖区, 县 (municipalities) and 省/自治区直辖县级行政区划. */
    static boolean isRealCity(Divisions.City city) {
        return !city.name().equals("市辖区") && !city.name().equals("县") && !city.name().endsWith("直辖县级行政区划");
    }

    private static <T> T known(Map<String, T> byCode, String code, String what) {
        T found = byCode.get(code);
        if (found == null) {
            throw new IllegalArgumentException("unknown " + what + ": " + code);
        }
        return found;
    }

    private static NewCodeEntry entry(CodeTable table, String code, String name, String parentCode) {
        return new NewCodeEntry(table, code, name, null, parentCode, null, null);
    }

    private static void requireUniqueCodes(List<NewCodeEntry> entries) {
        Set<String> seen = new HashSet<>();
        for (NewCodeEntry entry : entries) {
            if (!seen.add(entry.code())) {
                throw new IllegalArgumentException("two " + entry.table() + " entries with code " + entry.code());
            }
        }
    }
}
