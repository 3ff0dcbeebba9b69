package cn.eport.onboarding.mofcom;

import cn.eport.onboarding.validation.ContactFormats;
import cn.eport.onboarding.enterprise.FieldProblem;
import cn.eport.onboarding.enterprise.RegistrationRules;
import cn.eport.onboarding.validation.TextInput;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The field rules of the 对外贸易经营者备案登记表 (F-20..F-23), as plain Java for the page and the
 * service: what is required at 申报, the formats (English names and addresses in half-width
 * characters, phone and fax, 6-digit postcode, e-mail, dates not in the future, amounts in 万元 /
 * 万美元, a 6-digit 主管机关代码), and what even a draft may not hold.
 */
public final class MofcomFilingRules {

    /** The form's fields in form order (the order of the paper form). */
    public enum Field {
        OPERATOR_NAME_ZH, OPERATOR_NAME_EN, ORGANIZATION_CODE, OPERATOR_TYPE, RESIDENCE, PREMISES_ZH, PREMISES_EN,
        PHONE, FAX, POSTCODE, EMAIL, BUSINESS_REGISTRATION_DATE, BUSINESS_REGISTRATION_NUMBER, REGISTERED_CAPITAL,
        CAPITAL_USD, AUTHORITY, REMARKS
    }

    /**
     * A rule broken by one field, as a bundle key whose first argument is the field's label;
     * {@code detail} is the second argument (a maximum length), or null.
     */
    public record Problem(Field field, String key, Object detail) implements FieldProblem {

        public Problem(Field field, String key) {
            this(field, key, null);
        }
    }

    public static final String REQUIRED = "mofcom.error.required";
    public static final String TOO_LONG = "mofcom.error.tooLong";
    public static final String ENGLISH = "mofcom.error.english";
    public static final String PHONE_FORMAT = "mofcom.error.phone";
    public static final String POSTCODE_FORMAT = "mofcom.error.postcode";
    public static final String EMAIL_FORMAT = "mofcom.error.email";
    public static final String DATE_IN_FUTURE = "mofcom.error.dateInFuture";
    public static final String AMOUNT = "mofcom.error.amount";
    public static final String USD_ABOVE_CAPITAL = "mofcom.error.usdAboveCapital";
    public static final String AUTHORITY_FORMAT = "mofcom.error.authorityFormat";
    public static final String UNKNOWN_CODE = "mofcom.error.unknownCode";

    /** Half-width letters, digits, spaces and the punctuation of names and addresses; at least one letter. */
    private static final Pattern ENGLISH_TEXT = Pattern.compile("(?=.*[A-Za-z])[A-Za-z0-9 .,&'()\\-/#:;+]+");
    private static final Pattern AUTHORITY = Pattern.compile("[0-9]{6}");
    /** The columns' NUMERIC(18, 4): 14 digits before the point, 4 after. */
    private static final int MAX_INTEGER_DIGITS = 14;
    private static final int MAX_FRACTION_DIGITS = 4;

    private static final Set<Field> REQUIRED_FIELDS = EnumSet.complementOf(EnumSet.of(Field.ORGANIZATION_CODE, Field.FAX, Field.REMARKS));

    private MofcomFilingRules() {
    }

    /** The fields that must be filled before 申报 (shown yellow unless back-filled). */
    public static Set<Field> required() {
        return EnumSet.copyOf(REQUIRED_FIELDS);
    }

    /** The details as they are stored: texts trimmed (blank becomes null), codes upper-cased. */
    public static MofcomDetails normalized(MofcomDetails input) {
        MofcomDetails d = input.copy();
        d.setOperatorNameZh(TextInput.strippedOrNull(d.getOperatorNameZh()));
        d.setOperatorNameEn(TextInput.strippedOrNull(d.getOperatorNameEn()));
        d.setOrganizationCode(TextInput.code(d.getOrganizationCode()));
        d.setResidence(TextInput.strippedOrNull(d.getResidence()));
        d.setPremisesZh(TextInput.strippedOrNull(d.getPremisesZh()));
        d.setPremisesEn(TextInput.strippedOrNull(d.getPremisesEn()));
        d.setPhone(TextInput.strippedOrNull(d.getPhone()));
        d.setFax(TextInput.strippedOrNull(d.getFax()));
        d.setPostcode(TextInput.strippedOrNull(d.getPostcode()));
        d.setEmail(TextInput.strippedOrNull(d.getEmail()));
        d.setBusinessRegistrationNumber(TextInput.code(d.getBusinessRegistrationNumber()));
        d.setAuthorityCode(TextInput.code(d.getAuthorityCode()));
        d.setRemarks(TextInput.strippedOrNull(d.getRemarks()));
        d.setCustomsDistrictCode(TextInput.code(d.getCustomsDistrictCode()));
        return d;
    }

    /** What even a draft (暂存) may not hold: values that can never be right, in form order. Expects normalized details. */
    public static List<Problem> forDraft(MofcomDetails d, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        tooLong(problems, Field.OPERATOR_NAME_ZH, d.getOperatorNameZh(), MofcomDetails.MAX_NAME);
        english(problems, Field.OPERATOR_NAME_EN, d.getOperatorNameEn(), MofcomDetails.MAX_NAME);
        tooLong(problems, Field.RESIDENCE, d.getResidence(), MofcomDetails.MAX_ADDRESS);
        tooLong(problems, Field.PREMISES_ZH, d.getPremisesZh(), MofcomDetails.MAX_ADDRESS);
        english(problems, Field.PREMISES_EN, d.getPremisesEn(), MofcomDetails.MAX_ADDRESS);
        phone(problems, Field.PHONE, d.getPhone());
        phone(problems, Field.FAX, d.getFax());
        if (d.getPostcode() != null && !ContactFormats.isPostcode(d.getPostcode())) {
            problems.add(new Problem(Field.POSTCODE, POSTCODE_FORMAT));
        }
        if (d.getEmail() != null && (d.getEmail().length() > MofcomDetails.MAX_EMAIL || !ContactFormats.isEmail(d.getEmail()))) {
            problems.add(new Problem(Field.EMAIL, EMAIL_FORMAT));
        }
        if (d.getBusinessRegistrationDate() != null && d.getBusinessRegistrationDate().isAfter(today)) {
            problems.add(new Problem(Field.BUSINESS_REGISTRATION_DATE, DATE_IN_FUTURE));
        }
        boolean capitalOk = amount(problems, Field.REGISTERED_CAPITAL, d.getRegisteredCapital());
        boolean usdOk = amount(problems, Field.CAPITAL_USD, d.getCapitalUsd());
        // one US dollar has always cost more than one yuan: the converted amount cannot be the larger
        if (capitalOk && usdOk && d.getRegisteredCapital() != null && d.getCapitalUsd() != null
                && d.getCapitalUsd().compareTo(d.getRegisteredCapital()) > 0) {
            problems.add(new Problem(Field.CAPITAL_USD, USD_ABOVE_CAPITAL));
        }
        if (d.getAuthorityCode() != null && !AUTHORITY.matcher(d.getAuthorityCode()).matches()) {
            problems.add(new Problem(Field.AUTHORITY, AUTHORITY_FORMAT));
        }
        tooLong(problems, Field.REMARKS, d.getRemarks(), MofcomDetails.MAX_REMARKS);
        return problems;
    }

    /** Everything that stops 申报, in form order: missing required fields and bad values. Expects normalized details. */
    public static List<Problem> forDeclaration(MofcomDetails d, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        for (Field field : REQUIRED_FIELDS) {
            if (TextInput.isMissing(valueOf(field, d))) {
                problems.add(new Problem(field, REQUIRED));
            }
        }
        problems.addAll(forDraft(d, today));
        problems.sort(Comparator.comparing(Problem::field));
        return problems;
    }

    private static void tooLong(List<Problem> problems, Field field, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(new Problem(field, TOO_LONG, max));
        }
    }

    private static void english(List<Problem> problems, Field field, String value, int max) {
        if (value == null) {
            return;
        }
        if (value.length() > max) {
            problems.add(new Problem(field, TOO_LONG, max));
        } else if (!ENGLISH_TEXT.matcher(value).matches()) {
            problems.add(new Problem(field, ENGLISH));
        }
    }

    private static void phone(List<Problem> problems, Field field, String value) {
        if (value != null && !RegistrationRules.isPhoneNumber(value)) {
            problems.add(new Problem(field, PHONE_FORMAT));
        }
    }

    /** Not negative, and fits the column: 14 digits before the point, 4 after. */
    private static boolean amount(List<Problem> problems, Field field, BigDecimal value) {
        if (value == null) {
            return true;
        }
        BigDecimal plain = value.stripTrailingZeros();
        int fraction = Math.max(plain.scale(), 0);
        int integer = plain.precision() - plain.scale();
        if (value.signum() < 0 || fraction > MAX_FRACTION_DIGITS || integer > MAX_INTEGER_DIGITS) {
            problems.add(new Problem(field, AMOUNT));
            return false;
        }
        return true;
    }

    private static Object valueOf(Field field, MofcomDetails d) {
        return switch (field) {
            case OPERATOR_NAME_ZH -> d.getOperatorNameZh();
            case OPERATOR_NAME_EN -> d.getOperatorNameEn();
            case ORGANIZATION_CODE -> d.getOrganizationCode();
            case OPERATOR_TYPE -> d.getOperatorType();
            case RESIDENCE -> d.getResidence();
            case PREMISES_ZH -> d.getPremisesZh();
            case PREMISES_EN -> d.getPremisesEn();
            case PHONE -> d.getPhone();
            case FAX -> d.getFax();
            case POSTCODE -> d.getPostcode();
            case EMAIL -> d.getEmail();
            case BUSINESS_REGISTRATION_DATE -> d.getBusinessRegistrationDate();
            case BUSINESS_REGISTRATION_NUMBER -> d.getBusinessRegistrationNumber();
            case REGISTERED_CAPITAL -> d.getRegisteredCapital();
            case CAPITAL_USD -> d.getCapitalUsd();
            case AUTHORITY -> d.getAuthorityCode();
            case REMARKS -> d.getRemarks();
        };
    }
}
