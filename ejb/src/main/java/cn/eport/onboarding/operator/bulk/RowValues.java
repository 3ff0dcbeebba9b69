package cn.eport.onboarding.operator.bulk;

import cn.eport.onboarding.operator.Gender;
import cn.eport.onboarding.operator.OperatorInput;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a row of an import file into the operator form's input, as a person would have typed it: the
 * 证件类别 by its code (201) or its Chinese name (居民身份证), 性别 as 男/女 (or M/F), the 出生日期 as
 * 1990-03-07, 1990/3/7, 1990.3.7, 19900307 or 1990年3月7日. What cannot be read is a {@link RowReject}
 * and left empty in the input; everything else is left to the form's rules.
 */
public final class RowValues {

    public static final String UNKNOWN_ID_TYPE = "operatorImport.error.idType";
    public static final String BAD_GENDER = "operatorImport.error.gender";
    public static final String BAD_DATE = "operatorImport.error.birthDate";

    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?|(\\d{2})(\\d{2}))");

    private final Set<String> idTypeCodes;
    private final Map<String, String> idTypeCodesByName;

    /** With the active codes of the ID_TYPE table and their codes by Chinese name. */
    public RowValues(Set<String> idTypeCodes, Map<String, String> idTypeCodesByName) {
        this.idTypeCodes = Set.copyOf(idTypeCodes);
        this.idTypeCodesByName = Map.copyOf(idTypeCodesByName);
    }

    /** The input and the problems of reading it. */
    public record Read(OperatorInput input, List<RowReject> problems) {

        boolean unknownIdType() {
            return problems.stream().anyMatch(p -> p.column() == ImportColumn.ID_TYPE);
        }
    }

    public Read read(SheetRow row) {
        List<RowReject> problems = new ArrayList<>();
        String idType = idType(row, problems);
        Gender gender = gender(row, problems);
        LocalDate birthDate = birthDate(row, problems);
        OperatorInput input = new OperatorInput(idType, row.get(ImportColumn.ID_NUMBER), row.get(ImportColumn.NAME), gender,
                birthDate, row.get(ImportColumn.MOBILE), row.get(ImportColumn.PHONE), row.get(ImportColumn.EMAIL),
                row.get(ImportColumn.ADDRESS), row.get(ImportColumn.POSTCODE));
        return new Read(input, problems);
    }

    private String idType(SheetRow row, List<RowReject> problems) {
        String text = row.get(ImportColumn.ID_TYPE);
        if (text == null || idTypeCodes.contains(text)) {
            return text;
        }
        String code = idTypeCodesByName.get(text);
        if (code == null) {
            problems.add(new RowReject(row.line(), ImportColumn.ID_TYPE, UNKNOWN_ID_TYPE, text));
            return text;
        }
        return code;
    }

    private static Gender gender(SheetRow row, List<RowReject> problems) {
        String text = row.get(ImportColumn.GENDER);
        if (text == null) {
            return null;
        }
        return Gender.parse(text).orElseGet(() -> {
            problems.add(new RowReject(row.line(), ImportColumn.GENDER, BAD_GENDER, text));
            return null;
        });
    }

    private static LocalDate birthDate(SheetRow row, List<RowReject> problems) {
        String text = row.get(ImportColumn.BIRTH_DATE);
        if (text == null) {
            return null;
        }
        Matcher m = DATE.matcher(text);
        if (m.matches()) {
            try {
                return m.group(2) != null
                        ? LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))
                        : LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)));
            } catch (DateTimeException e) {
                // digits that are no day: reported below
            }
        }
        problems.add(new RowReject(row.line(), ImportColumn.BIRTH_DATE, BAD_DATE, text));
        return null;
    }
}
