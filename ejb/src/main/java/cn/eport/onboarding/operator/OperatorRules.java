package cn.eport.onboarding.operator;

import cn.eport.onboarding.enterprise.FieldProblem;
import cn.eport.onboarding.enterprise.RegistrationRules;
import cn.eport.onboarding.time.BusinessCalendar;
import cn.eport.onboarding.validation.ContactFormats;
import cn.eport.onboarding.validation.IdNumberValidator;
import cn.eport.onboarding.validation.IdType;
import cn.eport.onboarding.validation.InputNormalizer;
import cn.eport.onboarding.validation.TextInput;
import cn.eport.onboarding.validation.ValidationResult;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The field rules of one operator (操作员信息预录入, F-52), the same for the form and for each row of a
 * bulk import: 证件类别 and 证件号码 always required, the number checked by its type with the validators
 * of the legal person's document, 性别 and 出生日期 read from an 18-digit resident ID (or residence
 * permit) and checked against what is typed, mobile, phone, e-mail and postcode checked for form.
 * Problems are keyed by field with a bundle key ({@code operator.error.*}) whose first argument is the
 * field's label.
 */
public final class OperatorRules {

    /** The form's fields in form order. */
    public enum Field {
        ID_TYPE, ID_NUMBER, NAME, GENDER, BIRTH_DATE, MOBILE, PHONE, EMAIL, ADDRESS, POSTCODE
    }

    /** A rule broken by one field; {@code detail} is the text's second argument (a validator's finding, a maximum length) or null. */
    public record Problem(Field field, String key, Object detail) implements FieldProblem {

        public Problem(Field field, String key) {
            this(field, key, null);
        }
    }

    /** 性别 and 出生日期 as an ID number states them. */
    public record Derived(Gender gender, LocalDate birthDate) {
    }

    public static final String REQUIRED = "operator.error.required";
    public static final String ID_NUMBER_INVALID = "operator.error.idNumber";
    public static final String ID_TYPE_NOT_CHECKED = "operator.error.idTypeNotChecked";
    public static final String UNKNOWN_CODE = "operator.error.unknownCode";
    public static final String TOO_LONG = "operator.error.tooLong";
    public static final String GENDER_MISMATCH = "operator.error.genderMismatch";
    public static final String BIRTH_DATE_MISMATCH = "operator.error.birthDateMismatch";
    public static final String BIRTH_DATE_RANGE = "operator.error.birthDateRange";
    public static final String MOBILE_FORMAT = "operator.error.mobile";
    public static final String PHONE_FORMAT = "operator.error.phone";
    public static final String EMAIL_FORMAT = "operator.error.email";
    public static final String POSTCODE_FORMAT = "operator.error.postcode";
    /** The same person (证件类别 + 证件号码) entered twice for one enterprise. */
    public static final String DUPLICATE = "operator.error.duplicate";

    public static final int MAX_ID_NUMBER = 30;
    public static final int MAX_NAME = 50;
    public static final int MAX_PHONE = 30;
    public static final int MAX_EMAIL = 100;
    public static final int MAX_ADDRESS = 200;

    /** Documents whose 18-digit numbers carry the birth date (digits 7-14) and gender (digit 17) as GB 11643 sets them. */
    private static final Set<IdType> STATING_BIRTH = EnumSet.of(IdType.RESIDENT_ID, IdType.HK_MACAO_RESIDENCE_PERMIT,
            IdType.TAIWAN_RESIDENCE_PERMIT);
    private static final Set<Field> REQUIRED_FOR_DRAFT = EnumSet.of(Field.ID_TYPE, Field.ID_NUMBER);
    private static final Set<Field> REQUIRED_FOR_DECLARATION = EnumSet.of(Field.ID_TYPE, Field.ID_NUMBER, Field.NAME,
            Field.GENDER, Field.BIRTH_DATE, Field.MOBILE);
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    private OperatorRules() {
    }

    /** The fields that must be filled: for 暂存 (证件类别, 证件号码, as the manual says) or for 申报 as well. */
    public static Set<Field> required(boolean declaration) {
        return EnumSet.copyOf(declaration ? REQUIRED_FOR_DECLARATION : REQUIRED_FOR_DRAFT);
    }

    /**
     * The input as it is stored: texts trimmed (blank becomes null), the ID type upper-cased, the ID
     * number cleaned up as every ID number is and, when valid, in its stored form (a 15-digit resident
     * ID becomes 18 digits); 性别 and 出生日期 not typed are taken from the number where it states them.
     */
    public static OperatorInput normalized(OperatorInput in, Clock clock) {
        String type = TextInput.code(in.idType());
        String number = InputNormalizer.normalize(in.idNumber());
        number = number == null || number.isEmpty() ? null : number;
        Optional<IdType> idType = type == null ? Optional.empty() : IdType.fromCode(type);
        if (idType.isPresent() && number != null) {
            ValidationResult result = new IdNumberValidator(clock).validate(idType.get(), number);
            if (result.isValid()) {
                number = result.canonical();
            }
        }
        Optional<Derived> derived = derived(type, number);
        Gender gender = in.gender() != null ? in.gender() : derived.map(Derived::gender).orElse(null);
        LocalDate birthDate = in.birthDate() != null ? in.birthDate() : derived.map(Derived::birthDate).orElse(null);
        return new OperatorInput(type, number, TextInput.strippedOrNull(in.name()), gender, birthDate,
                TextInput.strippedOrNull(in.mobile()), TextInput.strippedOrNull(in.phone()), TextInput.strippedOrNull(in.email()),
                TextInput.strippedOrNull(in.address()), TextInput.strippedOrNull(in.postcode()));
    }

    /**
     * 性别 and 出生日期 as an 18-digit resident ID (or HK/Macao/Taiwan residence permit) states them;
     * empty for other documents, other lengths, or digits that are not a date.
     */
    public static Optional<Derived> derived(String idTypeCode, String idNumber) {
        Optional<IdType> type = idTypeCode == null ? Optional.empty() : IdType.fromCode(idTypeCode);
        if (type.isEmpty() || !STATING_BIRTH.contains(type.get()) || idNumber == null || idNumber.length() != 18
                || !idNumber.substring(0, 17).chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        try {
            LocalDate birth = LocalDate.of(Integer.parseInt(idNumber.substring(6, 10)), Integer.parseInt(idNumber.substring(10, 12)),
                    Integer.parseInt(idNumber.substring(12, 14)));
            Gender gender = (idNumber.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
            return Optional.of(new Derived(gender, birth));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Every problem of a normalized input, in form order: for 暂存 ({@code declaration} false) what even a
     * draft may not hold and 证件类别 + 证件号码; for 申报 also 姓名, 性别, 出生日期 and the mobile number.
     */
    public static List<Problem> check(OperatorInput in, boolean declaration, Clock clock) {
        List<Problem> problems = new ArrayList<>();
        for (Field field : required(declaration)) {
            if (TextInput.isMissing(valueOf(field, in))) {
                problems.add(new Problem(field, REQUIRED));
            }
        }
        Optional<IdType> type = in.idType() == null ? Optional.empty() : IdType.fromCode(in.idType());
        if (in.idType() != null && type.isEmpty()) {
            problems.add(new Problem(Field.ID_TYPE, ID_TYPE_NOT_CHECKED));
        }
        if (type.isPresent() && in.idNumber() != null) {
            new IdNumberValidator(clock).validate(type.get(), in.idNumber()).firstError()
                    .ifPresent(error -> problems.add(new Problem(Field.ID_NUMBER, ID_NUMBER_INVALID, error)));
        } else {
            tooLong(problems, Field.ID_NUMBER, in.idNumber(), MAX_ID_NUMBER);
        }
        tooLong(problems, Field.NAME, in.name(), MAX_NAME);
        derived(in.idType(), in.idNumber()).ifPresent(d -> {
            if (in.gender() != null && in.gender() != d.gender()) {
                problems.add(new Problem(Field.GENDER, GENDER_MISMATCH, d.gender()));
            }
            if (in.birthDate() != null && !in.birthDate().equals(d.birthDate())) {
                problems.add(new Problem(Field.BIRTH_DATE, BIRTH_DATE_MISMATCH, d.birthDate()));
            }
        });
        if (in.birthDate() != null && (in.birthDate().isBefore(EARLIEST_BIRTH) || in.birthDate().isAfter(LocalDate.now(clock.withZone(BusinessCalendar.ZONE))))) {
            problems.add(new Problem(Field.BIRTH_DATE, BIRTH_DATE_RANGE));
        }
        if (in.mobile() != null && !ContactFormats.isMobile(in.mobile())) {
            problems.add(new Problem(Field.MOBILE, MOBILE_FORMAT));
        }
        if (in.phone() != null && (in.phone().length() > MAX_PHONE || !RegistrationRules.isPhoneNumber(in.phone()))) {
            problems.add(new Problem(Field.PHONE, PHONE_FORMAT));
        }
        if (in.email() != null && (in.email().length() > MAX_EMAIL || !ContactFormats.isEmail(in.email()))) {
            problems.add(new Problem(Field.EMAIL, EMAIL_FORMAT));
        }
        tooLong(problems, Field.ADDRESS, in.address(), MAX_ADDRESS);
        if (in.postcode() != null && !ContactFormats.isPostcode(in.postcode())) {
            problems.add(new Problem(Field.POSTCODE, POSTCODE_FORMAT));
        }
        problems.sort(Comparator.comparing(Problem::field));
        return problems;
    }

    /** {@link #normalized} then {@link #check}: what a bulk import asks of each row. */
    public static List<Problem> checkRaw(OperatorInput raw, boolean declaration, Clock clock) {
        return check(normalized(raw, clock), declaration, clock);
    }

    private static void tooLong(List<Problem> problems, Field field, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(new Problem(field, TOO_LONG, max));
        }
    }

    private static Object valueOf(Field field, OperatorInput in) {
        return switch (field) {
            case ID_TYPE -> in.idType();
            case ID_NUMBER -> in.idNumber();
            case NAME -> in.name();
            case GENDER -> in.gender();
            case BIRTH_DATE -> in.birthDate();
            case MOBILE -> in.mobile();
            case PHONE -> in.phone();
            case EMAIL -> in.email();
            case ADDRESS -> in.address();
            case POSTCODE -> in.postcode();
        };
    }
}
