package cn.eport.onboarding.customs;

import cn.eport.onboarding.codetable.CodeTable;
import cn.eport.onboarding.enterprise.FieldProblem;
import cn.eport.onboarding.enterprise.RegistrationRules;
import cn.eport.onboarding.validation.TextInput;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;

/**
 * The field rules of the 海关备案 form (报关单位情况登记表, F-30..F-32), as plain Java for page and service:
 * every field is required before 申报; codes have their table's shape (4-digit 关区, 6-digit 行政区划) and
 * must be active codes of their table; the phone is the 三证合一 phone rule; texts have a maximum length.
 */
public final class CustomsFilingRules {

    /** The form's fields in form order. */
    public enum Field {
        CUSTOMS_DISTRICT, FILING_CUSTOMS, BUSINESS_CATEGORY, DIVISION, ECONOMIC_ZONE, INDUSTRY, BUSINESS_SCOPE,
        CONTACT_NAME, CONTACT_PHONE
    }

    /**
     * A rule broken by one field, as a bundle key whose first argument is the field's label;
     * {@code detail} is the second argument (a maximum length) or null.
     */
    public record Problem(Field field, String key, Object detail) implements FieldProblem {

        public Problem(Field field, String key) {
            this(field, key, null);
        }
    }

    public static final String REQUIRED = "customs.error.required";
    public static final String TOO_LONG = "customs.error.tooLong";
    public static final String PHONE_FORMAT = "customs.error.phone";
    public static final String CODE_FORMAT = "customs.error.codeFormat";
    public static final String UNKNOWN_CODE = "customs.error.unknownCode";

    /** Every field must be filled before 申报 (shown yellow). */
    public static final Set<Field> REQUIRED_FIELDS = Collections.unmodifiableSet(EnumSet.allOf(Field.class));

    /** The code table each code field takes its codes from. */
    public static final Map<Field, CodeTable> CODE_TABLES;

    static {
        Map<Field, CodeTable> tables = new EnumMap<>(Field.class);
        tables.put(Field.CUSTOMS_DISTRICT, CodeTable.CUSTOMS_DISTRICT);
        tables.put(Field.FILING_CUSTOMS, CodeTable.CUSTOMS_DISTRICT);
        tables.put(Field.BUSINESS_CATEGORY, CodeTable.CUSTOMS_BUSINESS_CATEGORY);
        tables.put(Field.DIVISION, CodeTable.ADMINISTRATIVE_DIVISION);
        tables.put(Field.ECONOMIC_ZONE, CodeTable.ECONOMIC_ZONE);
        tables.put(Field.INDUSTRY, CodeTable.INDUSTRY);
        CODE_TABLES = Collections.unmodifiableMap(tables);
    }

    private static final Pattern CUSTOMS_CODE = Pattern.compile("[0-9]{4}");
    private static final Pattern DIVISION_CODE = Pattern.compile("[0-9]{6}");

    private CustomsFilingRules() {
    }

    /** The details as they are stored: texts trimmed (blank becomes null), codes upper-cased; 企业经济类型 as given. */
    public static CustomsFilingDetails normalized(CustomsFilingDetails input) {
        CustomsFilingDetails d = input.copy();
        d.setCustomsDistrictCode(TextInput.code(d.getCustomsDistrictCode()));
        d.setFilingCustomsCode(TextInput.code(d.getFilingCustomsCode()));
        d.setBusinessCategory(TextInput.code(d.getBusinessCategory()));
        d.setDivisionCode(TextInput.code(d.getDivisionCode()));
        d.setEconomicZone(TextInput.code(d.getEconomicZone()));
        d.setIndustryCode(TextInput.code(d.getIndustryCode()));
        d.setBusinessScope(TextInput.strippedOrNull(d.getBusinessScope()));
        d.setContactName(TextInput.strippedOrNull(d.getContactName()));
        d.setContactPhone(TextInput.strippedOrNull(d.getContactPhone()));
        return d;
    }

    /**
     * What even a draft (暂存) may not hold: values that can never be right, in form order. Expects
     * normalized details.
     *
     * @param active whether a code is an active code of a table (the code tables, R-2)
     */
    public static List<Problem> forDraft(CustomsFilingDetails d, BiPredicate<CodeTable, String> active) {
        List<Problem> problems = new ArrayList<>();
        code(problems, Field.CUSTOMS_DISTRICT, d.getCustomsDistrictCode(), CUSTOMS_CODE, active);
        code(problems, Field.FILING_CUSTOMS, d.getFilingCustomsCode(), CUSTOMS_CODE, active);
        code(problems, Field.BUSINESS_CATEGORY, d.getBusinessCategory(), null, active);
        code(problems, Field.DIVISION, d.getDivisionCode(), DIVISION_CODE, active);
        code(problems, Field.ECONOMIC_ZONE, d.getEconomicZone(), null, active);
        code(problems, Field.INDUSTRY, d.getIndustryCode(), null, active);
        tooLong(problems, Field.BUSINESS_SCOPE, d.getBusinessScope(), CustomsFilingDetails.MAX_BUSINESS_SCOPE);
        tooLong(problems, Field.CONTACT_NAME, d.getContactName(), CustomsFilingDetails.MAX_CONTACT_NAME);
        if (d.getContactPhone() != null && !RegistrationRules.isPhoneNumber(d.getContactPhone())) {
            problems.add(new Problem(Field.CONTACT_PHONE, PHONE_FORMAT));
        }
        return problems;
    }

    /** Everything that stops 申报, in form order: missing fields and bad values. Expects normalized details. */
    public static List<Problem> forDeclaration(CustomsFilingDetails d, BiPredicate<CodeTable, String> active) {
        List<Problem> problems = new ArrayList<>();
        for (Field field : REQUIRED_FIELDS) {
            if (TextInput.isMissing(valueOf(field, d))) {
                problems.add(new Problem(field, REQUIRED));
            }
        }
        problems.addAll(forDraft(d, active));
        problems.sort(Comparator.comparing(Problem::field));
        return problems;
    }

    /** A code of the wrong shape, or one its table does not hold (or no longer: retired codes are refused). */
    private static void code(List<Problem> problems, Field field, String value, Pattern shape,
                             BiPredicate<CodeTable, String> active) {
        if (value == null) {
            return;
        }
        if (shape != null && !shape.matcher(value).matches()) {
            problems.add(new Problem(field, CODE_FORMAT));
        } else if (!active.test(CODE_TABLES.get(field), value)) {
            problems.add(new Problem(field, UNKNOWN_CODE));
        }
    }

    private static void tooLong(List<Problem> problems, Field field, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(new Problem(field, TOO_LONG, max));
        }
    }

    private static String valueOf(Field field, CustomsFilingDetails d) {
        return switch (field) {
            case CUSTOMS_DISTRICT -> d.getCustomsDistrictCode();
            case FILING_CUSTOMS -> d.getFilingCustomsCode();
            case BUSINESS_CATEGORY -> d.getBusinessCategory();
            case DIVISION -> d.getDivisionCode();
            case ECONOMIC_ZONE -> d.getEconomicZone();
            case INDUSTRY -> d.getIndustryCode();
            case BUSINESS_SCOPE -> d.getBusinessScope();
            case CONTACT_NAME -> d.getContactName();
            case CONTACT_PHONE -> d.getContactPhone();
        };
    }
}
