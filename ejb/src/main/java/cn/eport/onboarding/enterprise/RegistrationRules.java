package cn.eport.onboarding.enterprise;

import cn.eport.onboarding.validation.TextInput;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The field rules of the 三证合一 entry form (F-13), as plain Java for pages, REST and services:
 * which fields are required, which are greyed by the legal-person type, and what blocks 申报.
 */
public final class RegistrationRules {

    public enum Field {
        LEGAL_PERSON_TYPE, ENTERPRISE_TYPE, ENTERPRISE_TYPE_OTHER, BUSINESS_AUTHORITY, TAX_AUTHORITY,
        QUALITY_AUTHORITY, REGISTERED_CAPITAL, CAPITAL_UNIT, ISSUING_AUTHORITY, ENTERPRISE_STATUS,
        CUSTOMS_DISTRICT, REGISTERED_ADDRESS, ESTABLISHMENT_DATE, CONTACT_NAME, CONTACT_PHONE
    }

    /** A rule broken by one field, as a bundle key. */
    public record Problem(Field field, String key) implements FieldProblem {
    }

    public static final String PUBLIC_INSTITUTION = "2";
    public static final String SPECIAL_UNIT = "3";
    public static final String OTHER_ENTERPRISE_TYPE = "9";
    /** 吊销未注销, 吊销已注销, 注销: such an enterprise cannot be declared (F-13). */
    public static final Set<String> BLOCKING_STATUSES = Set.of("2", "3", "4");

    public static final String REQUIRED = "registration.error.required";
    public static final String CAPITAL_NEGATIVE = "registration.error.capitalNegative";
    public static final String STATUS_BLOCKS = "registration.error.statusBlocks";
    public static final String DATE_IN_FUTURE = "registration.error.dateInFuture";
    public static final String PHONE_FORMAT = "registration.error.phone";

    private static final Set<Field> ALWAYS_REQUIRED = EnumSet.of(Field.LEGAL_PERSON_TYPE, Field.ENTERPRISE_TYPE,
            Field.BUSINESS_AUTHORITY, Field.TAX_AUTHORITY, Field.QUALITY_AUTHORITY, Field.REGISTERED_CAPITAL,
            Field.CAPITAL_UNIT, Field.ISSUING_AUTHORITY, Field.ENTERPRISE_STATUS, Field.CUSTOMS_DISTRICT,
            Field.REGISTERED_ADDRESS, Field.CONTACT_NAME, Field.CONTACT_PHONE);
    /** Fixed or mobile numbers as people write them: digits, optional +, spaces, dashes, brackets, extension. */
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()\\-]{5,24}([#转x][0-9]{1,6})?");

    private RegistrationRules() {
    }

    /** A fixed or mobile number as people write it (digits, optional +, spaces, dashes, brackets, extension). */
    public static boolean isPhoneNumber(String text) {
        return text != null && PHONE.matcher(text.strip()).matches();
    }

    /** 法人类型 事业单位 greys 工商 and 税务; 特殊单位 also 技监 (F-13). */
    public static Set<Field> greyedFor(String legalPersonType) {
        if (PUBLIC_INSTITUTION.equals(legalPersonType)) {
            return EnumSet.of(Field.BUSINESS_AUTHORITY, Field.TAX_AUTHORITY);
        }
        if (SPECIAL_UNIT.equals(legalPersonType)) {
            return EnumSet.of(Field.BUSINESS_AUTHORITY, Field.TAX_AUTHORITY, Field.QUALITY_AUTHORITY);
        }
        return EnumSet.noneOf(Field.class);
    }

    /** The fields that must be filled before 申报 (shown yellow). */
    public static Set<Field> requiredFor(RegistrationDetails d) {
        Set<Field> required = EnumSet.copyOf(ALWAYS_REQUIRED);
        required.removeAll(greyedFor(d.getLegalPersonType()));
        if (OTHER_ENTERPRISE_TYPE.equals(d.getEnterpriseType())) {
            required.add(Field.ENTERPRISE_TYPE_OTHER);
        }
        return required;
    }

    /**
     * The details as they are stored: texts trimmed (blank becomes empty), greyed authority codes
     * cleared, the other-type text kept only for 9 其他企业, codes upper-cased.
     */
    public static RegistrationDetails normalized(RegistrationDetails input) {
        RegistrationDetails d = input.copy();
        d.setEnterpriseTypeOther(OTHER_ENTERPRISE_TYPE.equals(d.getEnterpriseType())
                ? TextInput.strippedOrNull(d.getEnterpriseTypeOther()) : null);
        Set<Field> greyed = greyedFor(d.getLegalPersonType());
        d.setBusinessAuthorityCode(greyed.contains(Field.BUSINESS_AUTHORITY) ? null : TextInput.code(d.getBusinessAuthorityCode()));
        d.setTaxAuthorityCode(greyed.contains(Field.TAX_AUTHORITY) ? null : TextInput.code(d.getTaxAuthorityCode()));
        d.setQualityAuthorityCode(greyed.contains(Field.QUALITY_AUTHORITY) ? null : TextInput.code(d.getQualityAuthorityCode()));
        d.setCustomsDistrictCode(TextInput.code(d.getCustomsDistrictCode()));
        d.setIssuingAuthorityName(TextInput.strippedOrNull(d.getIssuingAuthorityName()));
        d.setRegisteredAddress(TextInput.strippedOrNull(d.getRegisteredAddress()));
        d.setContactName(TextInput.strippedOrNull(d.getContactName()));
        d.setContactPhone(TextInput.strippedOrNull(d.getContactPhone()));
        return d;
    }

    /** What even a draft (暂存) may not hold: values that can never be right. */
    public static List<Problem> forDraft(RegistrationDetails d, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        BigDecimal capital = d.getRegisteredCapital();
        if (capital != null && capital.signum() < 0) {
            problems.add(new Problem(Field.REGISTERED_CAPITAL, CAPITAL_NEGATIVE));
        }
        if (d.getEstablishmentDate() != null && d.getEstablishmentDate().isAfter(today)) {
            problems.add(new Problem(Field.ESTABLISHMENT_DATE, DATE_IN_FUTURE));
        }
        String phone = TextInput.strippedOrNull(d.getContactPhone());
        if (phone != null && !isPhoneNumber(phone)) {
            problems.add(new Problem(Field.CONTACT_PHONE, PHONE_FORMAT));
        }
        return problems;
    }

    /** Everything that stops 申报, in form order: missing required fields, bad values, a blocking status. */
    public static List<Problem> forDeclaration(RegistrationDetails input, LocalDate today) {
        RegistrationDetails d = normalized(input);
        List<Problem> problems = new ArrayList<>();
        for (Field field : requiredFor(d)) {
            if (isEmpty(field, d)) {
                problems.add(new Problem(field, REQUIRED));
            }
        }
        problems.addAll(forDraft(d, today));
        if (d.getEnterpriseStatus() != null && BLOCKING_STATUSES.contains(d.getEnterpriseStatus())) {
            problems.add(new Problem(Field.ENTERPRISE_STATUS, STATUS_BLOCKS));
        }
        problems.sort((a, b) -> a.field().compareTo(b.field()));
        return problems;
    }

    private static boolean isEmpty(Field field, RegistrationDetails d) {
        Object value = switch (field) {
            case LEGAL_PERSON_TYPE -> d.getLegalPersonType();
            case ENTERPRISE_TYPE -> d.getEnterpriseType();
            case ENTERPRISE_TYPE_OTHER -> d.getEnterpriseTypeOther();
            case BUSINESS_AUTHORITY -> d.getBusinessAuthorityCode();
            case TAX_AUTHORITY -> d.getTaxAuthorityCode();
            case QUALITY_AUTHORITY -> d.getQualityAuthorityCode();
            case REGISTERED_CAPITAL -> d.getRegisteredCapital();
            case CAPITAL_UNIT -> d.getCapitalUnit();
            case ISSUING_AUTHORITY -> d.getIssuingAuthorityName();
            case ENTERPRISE_STATUS -> d.getEnterpriseStatus();
            case CUSTOMS_DISTRICT -> d.getCustomsDistrictCode();
            case REGISTERED_ADDRESS -> d.getRegisteredAddress();
            case ESTABLISHMENT_DATE -> d.getEstablishmentDate();
            case CONTACT_NAME -> d.getContactName();
            case CONTACT_PHONE -> d.getContactPhone();
        };
        return TextInput.isMissing(value);
    }
}
